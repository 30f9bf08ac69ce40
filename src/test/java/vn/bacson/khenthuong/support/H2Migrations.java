package vn.bacson.khenthuong.support;

import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Our Flyway migrations on a plain H2 database, as the application runs them (config/application.yml). */
public final class H2Migrations {

    private H2Migrations() {}

    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .placeholders(Map.of(
                        "default-commune",
                        DefaultCommuneExtension.DEFAULT_COMMUNE,
                        "default-commune-name",
                        "Xã Bắc Sơn"))
                .load()
                .migrate();
    }
}
