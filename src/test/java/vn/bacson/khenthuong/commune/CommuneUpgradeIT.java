package vn.bacson.khenthuong.commune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.bacson.khenthuong.support.ItDatabase;

/**
 * The upgrade path of issue 14 on PostgreSQL: a database that served one commune (migrated up to V19, with a unit,
 * a campaign, a dossier, a decision and its yearly counter) is migrated to this version. Every row is then the
 * configured default commune's, nothing is lost, the decision counter goes on from where it was, and the unit key
 * and the campaign code are per commune from then on.
 */
class CommuneUpgradeIT {

    private static final String DATABASE = "khenthuong_upgrade_it";

    @Test
    void aSingleCommuneDatabaseMovesUnderTheDefaultCommuneWithNothingLost() throws Exception {
        ItDatabase.ensureExists();
        try (Connection admin = DriverManager.getConnection(
                        serverOf(ItDatabase.url()) + "postgres", ItDatabase.USER, ItDatabase.PASSWORD);
                Statement statement = admin.createStatement()) {
            ItDatabase.ensureAppRole(admin);
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute(ItDatabase.createDatabase(DATABASE));
        }
        SingleConnectionDataSource dataSource =
                new SingleConnectionDataSource(serverOf(ItDatabase.url()) + DATABASE, ItDatabase.APP_USER, "", true);
        try {
            flyway(dataSource, "19").migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            UUID campaign = UUID.randomUUID();
            UUID dossier = UUID.randomUUID();
            UUID decision = UUID.randomUUID();
            jdbc.sql("insert into unit (code, name, email) values ('thon-1', 'Thôn 1', 'thon-1@bacson.example')")
                    .update();
            jdbc.sql("insert into campaign (id, code, title, launched_on, window_days, award_forms, launched_by, "
                            + "created_at, created_by) values (?, 'DH-2025', 'Phong trào', date '2025-08-01', 20, "
                            + "'GIAY_KHEN_CHU_TICH_XA', 'COMMUNE', current_timestamp, 'vhxh')")
                    .param(campaign)
                    .update();
            jdbc.sql("insert into dossier (id, campaign_id, unit_code, title, status, created_at, created_by, "
                            + "updated_at) values (?, ?, 'thon-1', 'Hồ sơ cũ', 'DECIDED', current_timestamp, 'thon1', "
                            + "current_timestamp)")
                    .params(dossier, campaign)
                    .update();
            jdbc.sql("insert into decision_counter (decision_year, last_number) values (2025, 7)")
                    .update();
            jdbc.sql("insert into decision (id, campaign_id, decision_year, sequence_no, number, decided_on, "
                            + "decided_by, created_at) values (?, ?, 2025, 7, '7/QĐ-UBND', date '2025-09-01', "
                            + "'chutich', current_timestamp)")
                    .params(decision, campaign)
                    .update();

            flyway(dataSource, "latest").migrate();

            jdbc.sql("select set_config('app.commune', '*', false)")
                    .query(String.class)
                    .single();
            for (String table : new String[] {"unit", "campaign", "dossier", "decision"}) {
                assertThat(jdbc.sql("select count(*) from " + table + " where commune_code = 'bac-son'")
                                .query(Long.class)
                                .single())
                        .as(table)
                        .isEqualTo(1);
            }
            assertThat(jdbc.sql("select name from commune where code = 'bac-son'")
                            .query(String.class)
                            .single())
                    .isEqualTo("Xã Bắc Sơn");
            assertThat(jdbc.sql("select last_number from commune_counter where commune_code = 'bac-son' "
                                    + "and kind = 'DECISION' and counter_year = 2025")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(7);
            assertThat(jdbc.sql("select title from dossier where id = ?")
                            .param(dossier)
                            .query(String.class)
                            .single())
                    .isEqualTo("Hồ sơ cũ");
            // from now on a unit code and a campaign code are per commune
            jdbc.sql("insert into commune (code, name, created_at) values ('vu-le', 'Xã Vũ Lễ', current_timestamp)")
                    .update();
            jdbc.sql("select set_config('app.commune', 'vu-le', false)")
                    .query(String.class)
                    .single();
            jdbc.sql("insert into unit (code, name, email) values ('thon-1', 'Thôn 1', 'thon-1@vule.example')")
                    .update();
            assertThat(jdbc.sql("select count(*) from unit").query(Long.class).single())
                    .as("Vũ Lễ sees its own unit only")
                    .isEqualTo(1);
            assertThatThrownBy(() -> jdbc.sql("insert into dossier (id, campaign_id, unit_code, title, status, "
                                    + "created_at, created_by, updated_at, commune_code) values (?, ?, 'thon-1', "
                                    + "'x', 'DRAFT', current_timestamp, 'x', current_timestamp, 'bac-son')")
                            .params(UUID.randomUUID(), campaign)
                            .update())
                    .as("a row written into another commune")
                    .hasStackTraceContaining("row-level security");
        } finally {
            dataSource.destroy();
        }
    }

    private static Flyway flyway(SingleConnectionDataSource dataSource, String target) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                .placeholders(Map.of("default-commune", "bac-son", "default-commune-name", "Xã Bắc Sơn"))
                .target(target)
                .load();
    }

    private static String serverOf(String url) {
        return url.substring(0, url.lastIndexOf('/') + 1);
    }
}
