package vn.bacson.khenthuong.tasklist;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.common.CachedValue;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * Open and overdue stage tasks per stage for Prometheus ({@code khenthuong.tasks.open}, {@code
 * khenthuong.tasks.overdue}, tag {@code stage}), from the task projection: one grouped query per {@code
 * app.metrics.cache-ttl}. Overdue = due before now, as in the task list's overdue filter.
 */
@Component
class TaskMetrics implements MeterBinder {

    record Counts(long open, long overdue) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CachedValue<Map<Stage, Counts>> counts;

    TaskMetrics(JdbcClient jdbc, Clock clock, @Value("${app.metrics.cache-ttl:PT15S}") Duration ttl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.counts = new CachedValue<>(this::read, clock, ttl);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Stage stage : Stage.values()) {
            Gauge.builder("khenthuong.tasks.open", this, m -> m.of(stage).open())
                    .description("Open tasks of the stage")
                    .tag("stage", stage.name())
                    .register(registry);
            Gauge.builder("khenthuong.tasks.overdue", this, m -> m.of(stage).overdue())
                    .description("Open tasks of the stage past their due date")
                    .tag("stage", stage.name())
                    .register(registry);
        }
    }

    private Counts of(Stage stage) {
        return counts.get().getOrDefault(stage, new Counts(0, 0));
    }

    private Map<Stage, Counts> read() {
        Map<Stage, Counts> result = new EnumMap<>(Stage.class);
        jdbc.sql("select stage, count(*) as open_count, sum(case when due < ? then 1 else 0 end) as overdue_count "
                        + "from task_projection where in_commune(commune_code) group by stage")
                .params(Timestamp.from(clock.instant()))
                .query((rs, n) -> {
                    try {
                        result.put(
                                Stage.valueOf(rs.getString("stage")),
                                new Counts(rs.getLong("open_count"), rs.getLong("overdue_count")));
                    } catch (IllegalArgumentException unknownStage) {
                        // a stage removed from the code while its rows remain: not ours to report
                    }
                    return null;
                })
                .list();
        return result;
    }
}
