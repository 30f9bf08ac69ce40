package vn.bacson.khenthuong.commune;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.bacson.khenthuong.support.DefaultCommuneExtension;

/**
 * V23 on the demo's database (H2; CommuneUpgradeIT runs it on PostgreSQL): the issuer block onboarding kept in
 * commune_issuer moves into commune_settings, where a commune's own settings win, and commune_issuer goes.
 */
class IssuerMigrationH2Test {

    @Test
    void theIssuerOfOnboardingMovesIntoTheSettingsOfADemoDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:issuer-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        flyway(dataSource, "22.1").migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("insert into commune (code, name, created_at) values ('vu-le', 'Xã Vũ Lễ', current_timestamp)")
                .update();
        jdbc.sql("insert into commune_issuer (commune_code, issuer_name, place_name, chairman_name, updated_at) "
                        + "values ('vu-le', 'ỦY BAN NHÂN DÂN XÃ VŨ LỄ', 'Vũ Lễ', 'Mã Văn Long', current_timestamp)")
                .update();
        jdbc.sql("insert into commune_settings (commune_code, place_name, updated_at, updated_by) "
                        + "values ('vu-le', 'Vũ Lễ (đã sửa)', current_timestamp, 'admin')")
                .update();

        flyway(dataSource, "latest").migrate();

        Map<String, Object> row = jdbc.sql("select issuer_name, header_lines, place_name, signer_name "
                        + "from commune_settings where commune_code = 'vu-le'")
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("ISSUER_NAME", "ỦY BAN NHÂN DÂN XÃ VŨ LỄ")
                .containsEntry("HEADER_LINES", "ỦY BAN NHÂN DÂN\nXÃ VŨ LỄ")
                .as("what the commune set stays")
                .containsEntry("PLACE_NAME", "Vũ Lễ (đã sửa)")
                .containsEntry("SIGNER_NAME", "Mã Văn Long");
        assertThat(jdbc.sql("select count(*) from information_schema.tables where lower(table_name) = 'commune_issuer'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static Flyway flyway(JdbcDataSource dataSource, String target) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .placeholders(Map.of(
                        "default-commune",
                        DefaultCommuneExtension.DEFAULT_COMMUNE,
                        "default-commune-name",
                        "Xã Bắc Sơn"))
                .target(target)
                .load();
    }
}
