package vn.bacson.khenthuong.decision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.bacson.khenthuong.common.AppProperties;
import vn.bacson.khenthuong.commune.CommuneContext;
import vn.bacson.khenthuong.commune.CommuneSettings;

/**
 * Numbers decisions {@code N/QĐ-UBND} from 1 each calendar year (business zone), without gap or duplicate.
 *
 * Numbers are per commune (API.md v1.1): each commune's decisions start at 1 each year.
 *
 * <p>The commune's row of the year in {@code commune_counter} (kind DECISION) is incremented with an UPDATE, which row-locks it until the
 * caller's transaction ends: concurrent decisions queue on that lock, and a rolled-back decision gives its
 * number back. The year's row is created in a separate short transaction so that losing the insert race
 * (unique key) does not poison the caller's transaction on PostgreSQL.
 */
@Service
public class DecisionNumberService {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;
    /** The pattern of the current commune (commune.CommuneSettings): per commune, config/ its default. */
    private final Supplier<String> pattern;

    private final TransactionTemplate newTransaction;

    @Autowired
    public DecisionNumberService(
            JdbcClient jdbc,
            Clock clock,
            ZoneId businessZone,
            CommuneSettings settings,
            PlatformTransactionManager transactionManager) {
        this(jdbc, clock, businessZone, () -> settings.current().decisionNumberPattern(), transactionManager);
    }

    /** With the one pattern of app.decision.number-pattern (tests of one commune). */
    public DecisionNumberService(
            JdbcClient jdbc,
            Clock clock,
            ZoneId businessZone,
            AppProperties properties,
            PlatformTransactionManager transactionManager) {
        this(jdbc, clock, businessZone, () -> properties.decision().numberPattern(), transactionManager);
    }

    private DecisionNumberService(
            JdbcClient jdbc,
            Clock clock,
            ZoneId businessZone,
            Supplier<String> pattern,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = businessZone;
        this.pattern = pattern;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Allocates the next number of the current year and records the decision, in the caller's transaction. */
    @Transactional
    public Decision issue(UUID campaignId, String decidedBy, String comment) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        int year = today.getYear();
        int sequenceNo = next(year);
        Decision decision = new Decision(
                UUID.randomUUID(), campaignId, year, sequenceNo, format(sequenceNo, year), today, decidedBy, comment);
        jdbc.sql("insert into decision (id, campaign_id, decision_year, sequence_no, number, decided_on, decided_by, "
                        + "comment, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        decision.id(),
                        campaignId,
                        year,
                        sequenceNo,
                        decision.number(),
                        today,
                        decidedBy,
                        comment,
                        Timestamp.from(clock.instant()))
                .update();
        return decision;
    }

    public Optional<Decision> find(UUID id) {
        return jdbc.sql("select id, campaign_id, decision_year, sequence_no, number, decided_on, decided_by, comment "
                        + "from decision where in_commune(commune_code) and id = ?")
                .param(id)
                .query((rs, row) -> new Decision(
                        rs.getObject("id", UUID.class),
                        rs.getObject("campaign_id", UUID.class),
                        rs.getInt("decision_year"),
                        rs.getInt("sequence_no"),
                        rs.getString("number"),
                        rs.getObject("decided_on", LocalDate.class),
                        rs.getString("decided_by"),
                        rs.getString("comment")))
                .optional();
    }

    /** The commune's pattern with {n} = the number (and {year} = the year, if the pattern names it). */
    String format(int sequenceNo, int year) {
        return pattern.get().replace("{n}", Integer.toString(sequenceNo)).replace("{year}", Integer.toString(year));
    }

    private int next(int year) {
        if (increment(year) == 0) {
            createYear(year);
            if (increment(year) == 0) {
                throw new IllegalStateException("commune_counter row for " + year + " is missing");
            }
        }
        return jdbc.sql("select last_number from commune_counter where in_commune(commune_code) and commune_code = ? "
                        + "and kind = 'DECISION' and counter_year = ?")
                .params(CommuneContext.require(), year)
                .query(Integer.class)
                .single();
    }

    private int increment(int year) {
        return jdbc.sql(
                        "update commune_counter set last_number = last_number + 1 where in_commune(commune_code) and commune_code = ? "
                                + "and kind = 'DECISION' and counter_year = ?")
                .params(CommuneContext.require(), year)
                .update();
    }

    private void createYear(int year) {
        try {
            newTransaction.executeWithoutResult(
                    status -> jdbc.sql("insert into commune_counter (commune_code, kind, counter_year, last_number) "
                                    + "values (?, 'DECISION', ?, 0)")
                            .params(CommuneContext.require(), year)
                            .update());
        } catch (DuplicateKeyException concurrentInsert) {
            // another decision created the year's row first: use it
        }
    }
}
