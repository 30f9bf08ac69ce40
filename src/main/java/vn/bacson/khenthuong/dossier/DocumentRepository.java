package vn.bacson.khenthuong.dossier;

import static vn.bacson.khenthuong.dossier.DossierRepository.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class DocumentRepository {

    private static final String COLUMNS =
            "id, dossier_id, kind, nominee_id, file_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by";

    private final JdbcClient jdbc;

    public DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(DocumentInfo d, byte[] content) {
        jdbc.sql("insert into dossier_document (" + COLUMNS + ", content) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        d.id(),
                        d.dossierId(),
                        d.kind().name(),
                        d.nomineeId(),
                        d.fileName(),
                        d.contentType(),
                        d.size(),
                        d.sha256(),
                        ts(d.uploadedAt()),
                        d.uploadedBy(),
                        content)
                .update();
    }

    public Optional<DocumentInfo> find(UUID dossierId, UUID id) {
        return jdbc.sql("select " + COLUMNS
                        + " from dossier_document where in_commune(commune_code) and id = ? and dossier_id = ?")
                .params(id, dossierId)
                .query(this::map)
                .optional();
    }

    public byte[] content(UUID id) {
        return jdbc.sql("select content from dossier_document where in_commune(commune_code) and id = ?")
                .param(id)
                .query(byte[].class)
                .single();
    }

    public List<DocumentInfo> findByDossier(UUID dossierId) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + " from dossier_document where in_commune(commune_code) and dossier_id = ? order by uploaded_at, id")
                .param(dossierId)
                .query(this::map)
                .list();
    }

    /** The documents of several dossiers in one query, in each dossier's upload order. */
    public List<DocumentInfo> findByDossiers(java.util.Collection<UUID> dossierIds) {
        if (dossierIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS
                        + " from dossier_document where in_commune(commune_code) and dossier_id in (:ids) "
                        + "order by dossier_id, uploaded_at, id")
                .param("ids", dossierIds)
                .query(this::map)
                .list();
    }

    /** Removes the documents attached to a nominee (the nominee is being removed from its dossier). */
    public void deleteByNominee(UUID nomineeId) {
        jdbc.sql("delete from dossier_document where in_commune(commune_code) and nominee_id = ?")
                .param(nomineeId)
                .update();
    }

    public void delete(UUID id) {
        jdbc.sql("delete from dossier_document where in_commune(commune_code) and id = ?")
                .param(id)
                .update();
    }

    private DocumentInfo map(ResultSet rs, int row) throws SQLException {
        return new DocumentInfo(
                rs.getObject("id", UUID.class),
                rs.getObject("dossier_id", UUID.class),
                DocumentKind.valueOf(rs.getString("kind")),
                rs.getObject("nominee_id", UUID.class),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getTimestamp("uploaded_at").toInstant(),
                rs.getString("uploaded_by"));
    }

    /** The stored signature checks of a dossier's documents, by document id (a document not checked is absent). */
    public java.util.Map<UUID, String> signatures(UUID dossierId) {
        java.util.Map<UUID, String> found = new java.util.HashMap<>();
        jdbc.sql(
                        "select id, signatures from dossier_document where in_commune(commune_code) and dossier_id = ? and signatures is not null")
                .param(dossierId)
                .query(rs -> {
                    found.put(rs.getObject("id", UUID.class), rs.getString("signatures"));
                });
        return found;
    }

    /** The stored signature checks of several dossiers' documents, by document id, in one query. */
    public java.util.Map<UUID, String> signatures(java.util.Collection<UUID> dossierIds) {
        java.util.Map<UUID, String> found = new java.util.HashMap<>();
        if (dossierIds.isEmpty()) {
            return found;
        }
        jdbc.sql("select id, signatures from dossier_document where in_commune(commune_code) "
                        + "and dossier_id in (:ids) and signatures is not null")
                .param("ids", dossierIds)
                .query(rs -> {
                    found.put(rs.getObject("id", UUID.class), rs.getString("signatures"));
                });
        return found;
    }

    public void saveSignatures(UUID id, String signatures) {
        jdbc.sql("update dossier_document set signatures = ? where in_commune(commune_code) and id = ?")
                .params(signatures, id)
                .update();
    }
}
