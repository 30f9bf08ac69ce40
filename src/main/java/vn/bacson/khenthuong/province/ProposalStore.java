package vn.bacson.khenthuong.province;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.bacson.khenthuong.dossier.Stage;

/** The province's tables (V21): proposals, their dossiers and nominees' results, history, decision numbers. */
@Repository
class ProposalStore {

    record Proposal(
            UUID id,
            String communeCode,
            String batchKey,
            int batchSize,
            String submissionNumber,
            ProposalStatus status,
            Stage stage,
            Instant sentAt,
            Instant due,
            String returnComment,
            Instant resendDue,
            String decisionNumber,
            LocalDate decidedOn,
            String decidedBy,
            LocalDate councilMeeting,
            Integer councilTotal,
            Integer councilPresent) {}

    record NomineeResult(
            UUID nomineeId, String appraisal, String note, Integer votesFor, Boolean passed, Boolean awarded) {}

    record HistoryLine(Instant at, String actor, String action, Stage stage, String comment) {}

    private static final String COLUMNS = "id, commune_code, batch_key, batch_size, submission_number, status, stage, "
            + "sent_at, due, return_comment, resend_due, decision_number, decided_on, decided_by, council_meeting, "
            + "council_total, council_present";

    private final JdbcClient jdbc;

    ProposalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Proposal> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from province_proposal where in_commune(commune_code) and id = ?")
                .param(id)
                .query(ProposalStore::proposal)
                .optional();
    }

    /** The proposal of a batch, locked until the transaction ends (the batch's dossiers join it one by one). */
    Optional<Proposal> lockByBatch(String batchKey) {
        return jdbc.sql("select " + COLUMNS
                        + " from province_proposal where in_commune(commune_code) and batch_key = ? for update")
                .param(batchKey)
                .query(ProposalStore::proposal)
                .optional();
    }

    void insert(UUID id, String communeCode, String batchKey, int batchSize, String submissionNumber, Instant now) {
        jdbc.sql("insert into province_proposal (id, commune_code, batch_key, batch_size, submission_number, status, "
                        + "sent_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        communeCode,
                        batchKey,
                        batchSize,
                        submissionNumber,
                        ProposalStatus.IN_REVIEW.name(),
                        Timestamp.from(now))
                .update();
    }

    /** How many proposals the commune has sent in the year (its Tờ trình numbers run from 1 each year). */
    int countSent(String communeCode, Instant from, Instant to) {
        return jdbc.sql(
                        "select count(*) from province_proposal where in_commune(commune_code) and commune_code = ? and sent_at >= ? and sent_at < ?")
                .params(communeCode, Timestamp.from(from), Timestamp.from(to))
                .query(Integer.class)
                .single();
    }

    void addDossier(UUID proposalId, UUID dossierId) {
        jdbc.sql("insert into province_proposal_dossier (proposal_id, dossier_id, position) values (?, ?, "
                        + "(select count(*) from province_proposal_dossier where proposal_id = ?))")
                .params(proposalId, dossierId, proposalId)
                .update();
    }

    /** The proposal a commune dossier went to the province with (a dossier is proposed once). */
    Optional<UUID> proposalOfDossier(UUID dossierId) {
        return jdbc.sql("select proposal_id from province_proposal_dossier where dossier_id = ?")
                .param(dossierId)
                .query(UUID.class)
                .optional();
    }

    List<UUID> dossierIds(UUID proposalId) {
        return jdbc.sql("select dossier_id from province_proposal_dossier where proposal_id = ? order by position")
                .param(proposalId)
                .query(UUID.class)
                .list();
    }

    void addNominee(UUID proposalId, UUID nomineeId) {
        jdbc.sql("insert into province_proposal_nominee (proposal_id, nominee_id) values (?, ?)")
                .params(proposalId, nomineeId)
                .update();
    }

    List<NomineeResult> nominees(UUID proposalId) {
        return jdbc.sql("select n.nominee_id, n.appraisal, n.note, n.votes_for, n.passed, n.awarded "
                        + "from province_proposal_nominee n join nominee x on x.id = n.nominee_id "
                        + "join province_proposal_dossier d on d.proposal_id = n.proposal_id and d.dossier_id = x.dossier_id "
                        + "where in_commune(x.commune_code) and n.proposal_id = ? order by d.position, x.position_no")
                .param(proposalId)
                .query((rs, i) -> new NomineeResult(
                        rs.getObject("nominee_id", UUID.class),
                        rs.getString("appraisal"),
                        rs.getString("note"),
                        (Integer) rs.getObject("votes_for"),
                        (Boolean) rs.getObject("passed"),
                        (Boolean) rs.getObject("awarded")))
                .list();
    }

    void appraise(UUID proposalId, UUID nomineeId, String appraisal, String note) {
        jdbc.sql(
                        "update province_proposal_nominee set appraisal = ?, note = ? where proposal_id = ? and nominee_id = ?")
                .params(appraisal, note, proposalId, nomineeId)
                .update();
    }

    void vote(UUID proposalId, UUID nomineeId, int votesFor, boolean passed) {
        jdbc.sql(
                        "update province_proposal_nominee set votes_for = ?, passed = ? where proposal_id = ? and nominee_id = ?")
                .params(votesFor, passed, proposalId, nomineeId)
                .update();
    }

    void award(UUID proposalId, UUID nomineeId, boolean awarded) {
        jdbc.sql("update province_proposal_nominee set awarded = ? where proposal_id = ? and nominee_id = ?")
                .params(awarded, proposalId, nomineeId)
                .update();
    }

    void council(UUID proposalId, LocalDate meeting, int total, int present) {
        jdbc.sql(
                        "update province_proposal set council_meeting = ?, council_total = ?, council_present = ? where in_commune(commune_code) and id = ?")
                .params(meeting, total, present, proposalId)
                .update();
    }

    void stage(UUID proposalId, Stage stage, Instant due) {
        jdbc.sql(
                        "update province_proposal set status = ?, stage = ?, due = ?, resend_due = null where in_commune(commune_code) and id = ?")
                .params(
                        ProposalStatus.IN_REVIEW.name(),
                        stage.name(),
                        due == null ? null : Timestamp.from(due),
                        proposalId)
                .update();
    }

    void returned(UUID proposalId, String comment, Instant resendDue) {
        jdbc.sql(
                        "update province_proposal set status = ?, stage = null, due = null, return_comment = ?, resend_due = ? "
                                + "where in_commune(commune_code) and id = ?")
                .params(ProposalStatus.RETURNED.name(), comment, Timestamp.from(resendDue), proposalId)
                .update();
    }

    /** A new round: the results of the last one are cleared, the commune's amendment is appraised afresh. */
    void resent(UUID proposalId) {
        jdbc.sql("update province_proposal set status = ?, resend_due = null where in_commune(commune_code) and id = ?")
                .params(ProposalStatus.IN_REVIEW.name(), proposalId)
                .update();
        jdbc.sql("update province_proposal_nominee set appraisal = null, note = null, votes_for = null, passed = null, "
                        + "awarded = null where proposal_id = ?")
                .param(proposalId)
                .update();
    }

    void decided(UUID proposalId, int year, int sequence, String number, LocalDate decidedOn, String decidedBy) {
        jdbc.sql(
                        "update province_proposal set status = ?, stage = null, due = null, decision_year = ?, "
                                + "decision_sequence = ?, decision_number = ?, decided_on = ?, decided_by = ? where in_commune(commune_code) and id = ?")
                .params(ProposalStatus.DECIDED.name(), year, sequence, number, decidedOn, decidedBy, proposalId)
                .update();
    }

    /** The next province decision number of the year, from a row-locked counter: no gap, no duplicate. */
    int nextDecisionNumber(int year) {
        int updated = jdbc.sql(
                        "update province_decision_counter set last_number = last_number + 1 where decision_year = ?")
                .param(year)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into province_decision_counter (decision_year, last_number) values (?, 1)")
                    .param(year)
                    .update();
            return 1;
        }
        return jdbc.sql("select last_number from province_decision_counter where decision_year = ?")
                .param(year)
                .query(Integer.class)
                .single();
    }

    String lastDecider(UUID proposalId) {
        return jdbc
                .sql("select actor from province_proposal_history where proposal_id = ? and action = 'DECIDED' "
                        + "order by at desc")
                .param(proposalId)
                .query(String.class)
                .list()
                .stream()
                .findFirst()
                .orElse(null);
    }

    void history(UUID proposalId, Instant at, String actor, String action, Stage stage, String comment) {
        jdbc.sql("insert into province_proposal_history (id, proposal_id, at, actor, action, stage, comment) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        proposalId,
                        Timestamp.from(at),
                        actor,
                        action,
                        stage == null ? null : stage.name(),
                        comment)
                .update();
    }

    List<HistoryLine> history(UUID proposalId) {
        return jdbc.sql("select at, actor, action, stage, comment from province_proposal_history where proposal_id = ? "
                        + "order by at, id")
                .param(proposalId)
                .query((rs, i) -> new HistoryLine(
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("stage") == null ? null : Stage.valueOf(rs.getString("stage")),
                        rs.getString("comment")))
                .list();
    }

    void saveDocument(UUID proposalId, String format, String contentType, String sha256, byte[] content, Instant now) {
        jdbc.sql(
                        "insert into province_decision_document (proposal_id, format, content_type, sha256, content, created_at) "
                                + "values (?, ?, ?, ?, ?, ?)")
                .params(proposalId, format, contentType, sha256, content, Timestamp.from(now))
                .update();
    }

    Optional<byte[]> document(UUID proposalId, String format) {
        return jdbc.sql("select content from province_decision_document where proposal_id = ? and format = ?")
                .params(proposalId, format)
                .query((rs, i) -> rs.getBytes("content"))
                .optional();
    }

    /** One page of proposals, newest first. */
    List<Proposal> list(ProposalFilter filter, Instant now, long offset, int limit) {
        StringBuilder sql =
                new StringBuilder("select " + COLUMNS + " from province_proposal where in_commune(commune_code)");
        List<Object> params = new ArrayList<>();
        where(sql, params, filter, now);
        sql.append(" order by sent_at desc, id offset ? rows fetch next ? rows only");
        params.add(offset);
        params.add(limit);
        return jdbc.sql(sql.toString())
                .params(params)
                .query(ProposalStore::proposal)
                .list();
    }

    long count(ProposalFilter filter, Instant now) {
        StringBuilder sql = new StringBuilder("select count(*) from province_proposal where in_commune(commune_code)");
        List<Object> params = new ArrayList<>();
        where(sql, params, filter, now);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    /** Overdue: {@link ProposalOverdue}, the rule the province dashboard counts by. */
    private static void where(StringBuilder sql, List<Object> params, ProposalFilter filter, Instant now) {
        if (filter.communeCode() != null) {
            sql.append(" and commune_code = ?");
            params.add(filter.communeCode());
        }
        if (filter.status() != null) {
            sql.append(" and status = ?");
            params.add(filter.status().name());
        }
        if (filter.stage() != null) {
            sql.append(" and status = ? and stage = ?");
            params.add(ProposalStatus.IN_REVIEW.name());
            params.add(filter.stage().name());
        }
        if (filter.overdue() != null) {
            sql.append(" and ").append(ProposalOverdue.sql("?")).append(" = ?");
            params.add(Timestamp.from(now));
            params.add(Timestamp.from(now));
            params.add(filter.overdue() ? 1 : 0);
        }
    }

    private static Proposal proposal(ResultSet rs, int row) throws SQLException {
        return new Proposal(
                rs.getObject("id", UUID.class),
                rs.getString("commune_code"),
                rs.getString("batch_key"),
                rs.getInt("batch_size"),
                rs.getString("submission_number"),
                ProposalStatus.valueOf(rs.getString("status")),
                rs.getString("stage") == null ? null : Stage.valueOf(rs.getString("stage")),
                instant(rs, "sent_at"),
                instant(rs, "due"),
                rs.getString("return_comment"),
                instant(rs, "resend_due"),
                rs.getString("decision_number"),
                rs.getObject("decided_on", LocalDate.class),
                rs.getString("decided_by"),
                rs.getObject("council_meeting", LocalDate.class),
                (Integer) rs.getObject("council_total"),
                (Integer) rs.getObject("council_present"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
