package vn.bacson.khenthuong.commune;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The commune register. Every commune is visible to everyone (names on public pages); their data is not. */
@Repository
@EnableConfigurationProperties(CommuneProperties.class)
public class Communes {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CommuneProperties properties;

    public Communes(JdbcClient jdbc, Clock clock, CommuneProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    public Optional<Commune> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("select code, name from commune where code = ?")
                .param(code)
                .query(Commune.class)
                .optional();
    }

    public List<Commune> findAll() {
        return jdbc.sql("select code, name from commune order by name, code")
                .query(Commune.class)
                .list();
    }

    /** One page of the register, by name: the administrator's list. */
    public List<Commune> findPage(long offset, int limit) {
        return jdbc.sql("select code, name from commune order by name, code limit ? offset ?")
                .params(limit, offset)
                .query(Commune.class)
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from commune").query(Long.class).single();
    }

    public boolean exists(String code) {
        return find(code).isPresent();
    }

    /** Inserts the commune; false when the code is taken. */
    public boolean create(Commune commune) {
        if (exists(commune.code())) {
            return false;
        }
        jdbc.sql("insert into commune (code, name, created_at) values (?, ?, ?)")
                .params(commune.code(), commune.name(), Timestamp.from(clock.instant()))
                .update();
        return true;
    }

    public void rename(String code, String name) {
        jdbc.sql("update commune set name = ? where code = ?")
                .params(name, code)
                .update();
    }

    /** The installation's default commune: the old public paths, upgraded single-commune data. */
    public String defaultCode() {
        return properties.defaultCode();
    }

    /** The current commune's entry; IllegalStateException outside a commune. */
    public Commune current() {
        String code = CommuneContext.require();
        return find(code).orElseThrow(() -> new IllegalStateException("unknown commune " + code));
    }
}
