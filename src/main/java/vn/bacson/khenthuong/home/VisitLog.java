package vn.bacson.khenthuong.home;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * When each user last looked at the start page ({@code home_visit}, V13). A visit is a run of views less than
 * {@link #VISIT_GAP} apart, so reloading the page keeps showing what was new when the visit began; the next visit
 * takes the last view of this one as its "since".
 */
@Repository
class VisitLog {

    static final Duration VISIT_GAP = Duration.ofMinutes(30);

    private record Row(Instant lastSeen, Instant previousSeen) {}

    private final JdbcClient jdbc;

    VisitLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a view at {@code now}; answers the last view of the previous visit (what is "new" arrived after it), or
     * null for the user's first visit.
     */
    Instant visit(String username, Instant now) {
        Optional<Row> row = find(username);
        if (row.isEmpty()) {
            try {
                jdbc.sql("insert into home_visit (username, visit_started_at, last_seen_at, previous_seen_at) "
                                + "values (?, ?, ?, null)")
                        .params(username, ts(now), ts(now))
                        .update();
                return null;
            } catch (DuplicateKeyException raced) {
                row = find(username);
            }
        }
        Row seen = row.orElseThrow();
        boolean sameVisit = !now.isBefore(seen.lastSeen())
                && Duration.between(seen.lastSeen(), now).compareTo(VISIT_GAP) <= 0;
        if (sameVisit) {
            jdbc.sql("update home_visit set last_seen_at = ? where username = ?")
                    .params(ts(now), username)
                    .update();
            return seen.previousSeen() == null || seen.previousSeen().isAfter(now) ? null : seen.previousSeen();
        }
        // a last view "in the future" (the clock was set back) tells nothing about what is new: start afresh
        Instant previous = seen.lastSeen().isAfter(now) ? null : seen.lastSeen();
        jdbc.sql("update home_visit set visit_started_at = ?, last_seen_at = ?, previous_seen_at = ? "
                        + "where username = ?")
                .params(ts(now), ts(now), previous == null ? null : ts(previous), username)
                .update();
        return previous;
    }

    private Optional<Row> find(String username) {
        return jdbc.sql("select last_seen_at, previous_seen_at from home_visit where username = ?")
                .param(username)
                .query((rs, n) -> new Row(
                        rs.getTimestamp("last_seen_at").toInstant(),
                        rs.getTimestamp("previous_seen_at") == null
                                ? null
                                : rs.getTimestamp("previous_seen_at").toInstant()))
                .optional();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
