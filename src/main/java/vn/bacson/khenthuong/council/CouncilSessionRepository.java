package vn.bacson.khenthuong.council;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.bacson.khenthuong.dossier.NomineeType;

@Repository
class CouncilSessionRepository {

    private static final String COLUMNS = "id, campaign_id, meeting_date, members_total, members_present, "
            + "absent_written_opinions, comment, recorded_by, recorded_at";

    private final JdbcClient jdbc;

    CouncilSessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(CouncilSession s) {
        jdbc.sql("insert into council_session (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        s.id(),
                        s.campaignId(),
                        s.meetingDate(),
                        s.membersTotal(),
                        s.membersPresent(),
                        s.absentWrittenOpinions(),
                        s.comment(),
                        s.recordedBy(),
                        Timestamp.from(s.recordedAt()))
                .update();
        for (CouncilSession.Vote v : s.votes()) {
            jdbc.sql("insert into council_vote (session_id, nominee_id, dossier_id, line_no, nominee_type, full_name, "
                            + "position_title, unit_name, proposed_award, votes_for, passed) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            s.id(),
                            v.nomineeId(),
                            v.dossierId(),
                            v.lineNo(),
                            v.type().name(),
                            v.fullName(),
                            v.position(),
                            v.unitName(),
                            v.proposedAward(),
                            v.votesFor(),
                            v.passed())
                    .update();
        }
    }

    Optional<CouncilSession> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from council_session where in_commune(commune_code) and id = ?")
                .param(id)
                .query((rs, row) -> map(rs))
                .optional();
    }

    List<CouncilSession> findByCampaign(UUID campaignId, long offset, int limit) {
        return jdbc.sql("select " + COLUMNS
                        + " from council_session where in_commune(commune_code) and campaign_id = ? "
                        + "order by meeting_date desc, recorded_at desc limit ? offset ?")
                .params(campaignId, limit, offset)
                .query((rs, row) -> map(rs))
                .list();
    }

    long countByCampaign(UUID campaignId) {
        return jdbc.sql("select count(*) from council_session where in_commune(commune_code) and campaign_id = ?")
                .param(campaignId)
                .query(Long.class)
                .single();
    }

    Optional<LocalDate> latestMeetingDate(UUID campaignId) {
        return jdbc.sql(
                        "select max(meeting_date) from council_session where in_commune(commune_code) and campaign_id = ?")
                .param(campaignId)
                .query((rs, row) -> rs.getObject(1, LocalDate.class))
                .optional();
    }

    private CouncilSession map(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<CouncilSession.Vote> votes = jdbc.sql("select nominee_id, dossier_id, line_no, nominee_type, full_name, "
                        + "position_title, unit_name, proposed_award, votes_for, passed from council_vote "
                        + "where in_commune(commune_code) and session_id = ? order by line_no")
                .param(id)
                .query((v, row) -> new CouncilSession.Vote(
                        v.getObject("nominee_id", UUID.class),
                        v.getObject("dossier_id", UUID.class),
                        v.getInt("line_no"),
                        NomineeType.valueOf(v.getString("nominee_type")),
                        v.getString("full_name"),
                        v.getString("position_title"),
                        v.getString("unit_name"),
                        v.getString("proposed_award"),
                        v.getInt("votes_for"),
                        v.getBoolean("passed")))
                .list();
        return new CouncilSession(
                id,
                rs.getObject("campaign_id", UUID.class),
                rs.getObject("meeting_date", LocalDate.class),
                rs.getInt("members_total"),
                rs.getInt("members_present"),
                rs.getInt("absent_written_opinions"),
                rs.getString("comment"),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(),
                votes);
    }
}
