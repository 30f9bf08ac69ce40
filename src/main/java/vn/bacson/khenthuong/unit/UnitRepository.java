package vn.bacson.khenthuong.unit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UnitRepository {

    private final JdbcClient jdbc;

    public UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Unit> find(String code) {
        return jdbc.sql("select code, name, email, dissolved from unit where in_commune(commune_code) and code = ?")
                .param(code)
                .query(Unit.class)
                .optional();
    }

    public List<Unit> findAll() {
        return jdbc.sql("select code, name, email, dissolved from unit where in_commune(commune_code) order by name")
                .query(Unit.class)
                .list();
    }

    public List<Unit> findAll(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        "select code, name, email, dissolved from unit where in_commune(commune_code) and code in (:codes) order by name")
                .param("codes", codes)
                .query(Unit.class)
                .list();
    }

    /** Units that are not dissolved: the ones a campaign addresses. */
    public List<Unit> findActive() {
        return jdbc.sql(
                        "select code, name, email, dissolved from unit where in_commune(commune_code) and dissolved = false order by name")
                .query(Unit.class)
                .list();
    }

    public void save(Unit unit) {
        int updated = jdbc.sql(
                        "update unit set name = ?, email = ?, dissolved = ? where in_commune(commune_code) and code = ?")
                .params(unit.name(), unit.email(), unit.dissolved(), unit.code())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into unit (code, name, email, dissolved) values (?, ?, ?, ?)")
                    .params(unit.code(), unit.name(), unit.email(), unit.dissolved())
                    .update();
        }
    }
}
