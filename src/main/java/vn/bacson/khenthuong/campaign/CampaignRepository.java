package vn.bacson.khenthuong.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CampaignRepository {

    private static final String COLUMNS = "id, code, title, plan_number, launched_on, congress_date, window_days, "
            + "award_forms, launched_by, created_at, created_by, public_posting_days";

    private final JdbcClient jdbc;

    public CampaignRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Campaign c) {
        jdbc.sql("insert into campaign (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        c.id(),
                        c.code(),
                        c.title(),
                        c.planNumber(),
                        c.launchedOn(),
                        c.congressDate(),
                        c.windowDays(),
                        joinForms(c.awardForms()),
                        c.launchedBy().name(),
                        Timestamp.from(c.createdAt()),
                        c.createdBy(),
                        c.publicPostingDays())
                .update();
    }

    /** Updates the fields a PATCH may change. */
    public void update(Campaign c) {
        jdbc.sql("update campaign set title = ?, plan_number = ?, congress_date = ?, window_days = ?, award_forms = ?, "
                        + "public_posting_days = ? where in_commune(commune_code) and id = ?")
                .params(
                        c.title(),
                        c.planNumber(),
                        c.congressDate(),
                        c.windowDays(),
                        joinForms(c.awardForms()),
                        c.publicPostingDays(),
                        c.id())
                .update();
    }

    public Optional<Campaign> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from campaign where in_commune(commune_code) and id = ?")
                .param(id)
                .query(this::map)
                .optional();
    }

    public Optional<Campaign> findByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from campaign where in_commune(commune_code) and code = ?")
                .param(code)
                .query(this::map)
                .optional();
    }

    public boolean codeTaken(String code) {
        return jdbc.sql("select count(*) from campaign where in_commune(commune_code) and code = ?")
                        .param(code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public List<Campaign> findPage(long offset, int limit) {
        return jdbc.sql(
                        "select " + COLUMNS
                                + " from campaign where in_commune(commune_code) order by launched_on desc, code limit ? offset ?")
                .params(limit, offset)
                .query(this::map)
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from campaign where in_commune(commune_code)")
                .query(Long.class)
                .single();
    }

    private Campaign map(ResultSet rs, int row) throws SQLException {
        return new Campaign(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("title"),
                rs.getString("plan_number"),
                rs.getObject("launched_on", LocalDate.class),
                rs.getObject("congress_date", LocalDate.class),
                rs.getInt("window_days"),
                splitForms(rs.getString("award_forms")),
                CampaignLevel.valueOf(rs.getString("launched_by")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                rs.getObject("public_posting_days", Integer.class));
    }

    private static String joinForms(Set<AwardForm> forms) {
        return forms.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<AwardForm> splitForms(String value) {
        Set<AwardForm> forms = EnumSet.noneOf(AwardForm.class);
        if (value != null && !value.isBlank()) {
            Arrays.stream(value.split(",")).map(AwardForm::valueOf).forEach(forms::add);
        }
        return forms;
    }
}
