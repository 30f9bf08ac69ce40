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

    /**
     * Stores the issuer block of a commune's documents, replacing what was there. The one place onboarding writes
     * it: when the per-commune settings store arrives, this method writes there instead.
     */
    public void saveIssuer(String code, CommuneIssuer issuer) {
        int updated = jdbc.sql("update commune_issuer set issuer_name = ?, place_name = ?, chairman_name = ?, "
                        + "updated_at = ? where commune_code = ?")
                .params(issuer.name(), issuer.placeName(), issuer.chairmanName(), Timestamp.from(clock.instant()), code)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into commune_issuer (commune_code, issuer_name, place_name, chairman_name, updated_at) "
                            + "values (?, ?, ?, ?, ?)")
                    .params(
                            code,
                            issuer.name(),
                            issuer.placeName(),
                            issuer.chairmanName(),
                            Timestamp.from(clock.instant()))
                    .update();
        }
    }

    /** The issuer block stored for a commune; empty for a commune onboarded before it had one. */
    public Optional<CommuneIssuer> issuer(String code) {
        return jdbc.sql("select issuer_name, place_name, chairman_name from commune_issuer where commune_code = ?")
                .param(code)
                .query((rs, n) -> new CommuneIssuer(
                        rs.getString("issuer_name"), rs.getString("place_name"), rs.getString("chairman_name")))
                .optional();
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
