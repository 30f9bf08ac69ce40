package vn.bacson.khenthuong.decision;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.bacson.khenthuong.documents.DocumentFormat;

/** The dossiers of each decision, its awardees and its frozen documents (V6 tables). */
@Repository
class DecisionStore {

    /** A document this installation issued, found by the SHA-256 of a copy (signed or as frozen before). */
    record IssuedDocument(UUID decisionId, String number, LocalDate decidedOn, UUID campaignId, boolean signed) {}

    /** The first step of a two-step signature. */
    record SignatureRequestRow(UUID id, UUID decisionId, byte[] certificate, byte[] preparedPdf, String requestedBy) {}

    private static final String DECISION_COLUMNS =
            "id, campaign_id, decision_year, sequence_no, number, decided_on, decided_by, comment";

    private final JdbcClient jdbc;

    DecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void link(UUID decisionId, UUID dossierId) {
        jdbc.sql("insert into decision_dossier (decision_id, dossier_id) values (?, ?)")
                .params(decisionId, dossierId)
                .update();
    }

    /** The dossiers the decision was taken for: linked by a batch, or holding nominees numbered under it. */
    List<UUID> dossierIds(UUID decisionId) {
        return jdbc.sql("select dossier_id from decision_dossier where in_commune(commune_code) and decision_id = ? "
                        + "union select dossier_id from nominee where in_commune(commune_code) and decision_id = ?")
                .params(decisionId, decisionId)
                .query(UUID.class)
                .list();
    }

    /**
     * The Giấy khen awardees of the decision: numbered under it (the process recorded them) or, for a batch whose
     * recording step has not run yet, awarded Giấy khen by the chairman in one of its dossiers.
     */
    List<UUID> awardeeIds(UUID decisionId) {
        return jdbc.sql(
                        "select n.id from nominee n join dossier d on d.id = n.dossier_id where in_commune(n.commune_code) and n.decision_id = ? "
                                + "or (n.decided_award = 'GIAY_KHEN_CHU_TICH_XA' and n.outcome in ('PENDING', "
                                + "'GIAY_KHEN_CHU_TICH_XA') and n.dossier_id in "
                                + "(select dossier_id from decision_dossier where in_commune(commune_code) and decision_id = ?)) "
                                + "order by d.unit_code, d.created_at, n.position_no")
                .params(decisionId, decisionId)
                .query(UUID.class)
                .list();
    }

    List<Decision> findByCampaign(UUID campaignId, long offset, int limit) {
        return jdbc.sql("select " + DECISION_COLUMNS
                        + " from decision where in_commune(commune_code) and campaign_id = ? "
                        + "order by decision_year desc, sequence_no desc limit ? offset ?")
                .params(campaignId, limit, offset)
                .query(DecisionStore::map)
                .list();
    }

    long countByCampaign(UUID campaignId) {
        return jdbc.sql("select count(*) from decision where in_commune(commune_code) and campaign_id = ?")
                .param(campaignId)
                .query(Long.class)
                .single();
    }

    List<FrozenDocument> documents(UUID decisionId) {
        return jdbc.sql(
                        "select decision_id, format, content_type, size_bytes, sha256, created_at, signed_at, "
                                + "signer_name from decision_document where in_commune(commune_code) and decision_id = ? order by format desc")
                .param(decisionId)
                .query((rs, row) -> new FrozenDocument(
                        rs.getObject("decision_id", UUID.class),
                        DocumentFormat.valueOf(rs.getString("format")),
                        rs.getString("content_type"),
                        rs.getLong("size_bytes"),
                        rs.getString("sha256"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("signed_at") == null
                                ? null
                                : rs.getTimestamp("signed_at").toInstant(),
                        rs.getString("signer_name")))
                .list();
    }

    /** Replaces the frozen PDF by its signed form, once: false when it was signed already. */
    boolean markSigned(UUID decisionId, byte[] signed, String sha256, String signerName, Instant signedAt) {
        return jdbc.sql(
                                "update decision_document set unsigned_sha256 = sha256, content = ?, size_bytes = ?, "
                                        + "sha256 = ?, signed_at = ?, signer_name = ? "
                                        + "where in_commune(commune_code) and decision_id = ? and format = 'PDF' and signed_at is null")
                        .params(signed, signed.length, sha256, Timestamp.from(signedAt), signerName, decisionId)
                        .update()
                == 1;
    }

    /** The commune that issued the decision (a public check runs in every commune). */
    Optional<String> communeOf(UUID decisionId) {
        return jdbc.sql("select commune_code from decision where in_commune(commune_code) and id = ?")
                .param(decisionId)
                .query(String.class)
                .optional();
    }

    Optional<IssuedDocument> issuedBySha256(String sha256) {
        return jdbc
                .sql("select d.id, d.number, d.decided_on, d.campaign_id, dd.signed_at from decision_document dd "
                        + "join decision d on d.id = dd.decision_id where in_commune(dd.commune_code) "
                        + "and (dd.sha256 = ? or dd.unsigned_sha256 = ?)")
                .params(sha256, sha256)
                .query((rs, row) -> new IssuedDocument(
                        rs.getObject("id", UUID.class),
                        rs.getString("number"),
                        rs.getObject("decided_on", LocalDate.class),
                        rs.getObject("campaign_id", UUID.class),
                        rs.getTimestamp("signed_at") != null))
                .list()
                .stream()
                .findFirst();
    }

    void insertSignatureRequest(SignatureRequestRow request, Instant now) {
        jdbc.sql("insert into signature_request (id, decision_id, certificate, prepared_pdf, requested_by, "
                        + "requested_at) values (?, ?, ?, ?, ?, ?)")
                .params(
                        request.id(),
                        request.decisionId(),
                        request.certificate(),
                        request.preparedPdf(),
                        request.requestedBy(),
                        Timestamp.from(now))
                .update();
    }

    Optional<SignatureRequestRow> signatureRequest(UUID id, UUID decisionId) {
        return jdbc.sql("select id, decision_id, certificate, prepared_pdf, requested_by from signature_request "
                        + "where in_commune(commune_code) and id = ? and decision_id = ?")
                .params(id, decisionId)
                .query((rs, row) -> new SignatureRequestRow(
                        rs.getObject("id", UUID.class),
                        rs.getObject("decision_id", UUID.class),
                        rs.getBytes("certificate"),
                        rs.getBytes("prepared_pdf"),
                        rs.getString("requested_by")))
                .optional();
    }

    void deleteSignatureRequests(UUID decisionId) {
        jdbc.sql("delete from signature_request where in_commune(commune_code) and decision_id = ?")
                .param(decisionId)
                .update();
    }

    Optional<byte[]> content(UUID decisionId, DocumentFormat format) {
        return jdbc.sql(
                        "select content from decision_document where in_commune(commune_code) and decision_id = ? and format = ?")
                .params(decisionId, format.name())
                .query(byte[].class)
                .optional();
    }

    void store(UUID decisionId, DocumentFormat format, byte[] content, String sha256, Instant now) {
        jdbc.sql("insert into decision_document (decision_id, format, content_type, size_bytes, sha256, content, "
                        + "created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        decisionId,
                        format.name(),
                        format.contentType(),
                        content.length,
                        sha256,
                        content,
                        Timestamp.from(now))
                .update();
    }

    private static Decision map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Decision(
                rs.getObject("id", UUID.class),
                rs.getObject("campaign_id", UUID.class),
                rs.getInt("decision_year"),
                rs.getInt("sequence_no"),
                rs.getString("number"),
                rs.getObject("decided_on", LocalDate.class),
                rs.getString("decided_by"),
                rs.getString("comment"));
    }
}
