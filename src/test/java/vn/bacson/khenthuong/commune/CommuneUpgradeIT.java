package vn.bacson.khenthuong.commune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    private static final String DATABASE = ItDatabase.sibling("upgrade");

    @Test
    void aSingleCommuneDatabaseMovesUnderTheDefaultCommuneWithNothingLost() throws Exception {
        SingleConnectionDataSource dataSource =
                new SingleConnectionDataSource(ItDatabase.recreate(DATABASE), ItDatabase.APP_USER, "", true);
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

    /**
     * V23 keeps the issuer block once: a commune onboarded before the settings existed (commune_issuer only) gets a
     * settings row with its issuer, header lines, place and chairman; a commune with settings keeps what it set and
     * gets only what it lacked; commune_issuer is gone.
     */
    @Test
    void theIssuerOfOnboardingMovesIntoTheCommuneSettings() throws Exception {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
                ItDatabase.recreate(ItDatabase.sibling("issuer")), ItDatabase.APP_USER, "", true);
        try {
            flyway(dataSource, "22.1").migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            jdbc.sql("select set_config('app.commune', '*', false)")
                    .query(String.class)
                    .single();
            for (String[] commune : new String[][] {{"vu-le", "Xã Vũ Lễ"}, {"tan-lap", "Xã Tân Lập"}}) {
                jdbc.sql("insert into commune (code, name, created_at) values (?, ?, current_timestamp)")
                        .params(commune[0], commune[1])
                        .update();
            }
            String insertIssuer = "insert into commune_issuer (commune_code, issuer_name, place_name, chairman_name, "
                    + "updated_at) values (?, ?, ?, ?, current_timestamp)";
            jdbc.sql(insertIssuer)
                    .params("vu-le", "ỦY BAN NHÂN DÂN XÃ VŨ LỄ", "Vũ Lễ", "Mã Văn Long")
                    .update();
            jdbc.sql(insertIssuer)
                    .params("tan-lap", "ỦY BAN NHÂN DÂN XÃ TÂN LẬP", "Tân Lập", "Lò Văn Cũ")
                    .update();
            // Tân Lập changed its chairman in its settings since onboarding, and its sender
            jdbc.sql("insert into commune_settings (commune_code, signer_name, mail_from, updated_at, updated_by) "
                            + "values ('tan-lap', 'Lò Thị Mới', 'tdkt@tanlap.example', current_timestamp, 'admin')")
                    .update();
            jdbc.sql("select set_config('app.commune', '', false)")
                    .query(String.class)
                    .single();

            flyway(dataSource, "latest").migrate();

            jdbc.sql("select set_config('app.commune', '*', false)")
                    .query(String.class)
                    .single();
            Map<String, Object> vuLe = jdbc.sql("select * from commune_settings where commune_code = 'vu-le'")
                    .query()
                    .singleRow();
            assertThat(vuLe)
                    .containsEntry("issuer_name", "ỦY BAN NHÂN DÂN XÃ VŨ LỄ")
                    .containsEntry("header_lines", "ỦY BAN NHÂN DÂN\nXÃ VŨ LỄ")
                    .containsEntry("place_name", "Vũ Lễ")
                    .containsEntry("signer_name", "Mã Văn Long")
                    .containsEntry("mail_from", null)
                    .containsEntry("signing_key_alias", null);
            Map<String, Object> tanLap = jdbc.sql("select * from commune_settings where commune_code = 'tan-lap'")
                    .query()
                    .singleRow();
            assertThat(tanLap)
                    .as("what Tân Lập set stays; what it lacked comes from onboarding")
                    .containsEntry("signer_name", "Lò Thị Mới")
                    .containsEntry("mail_from", "tdkt@tanlap.example")
                    .containsEntry("issuer_name", "ỦY BAN NHÂN DÂN XÃ TÂN LẬP")
                    .containsEntry("header_lines", "ỦY BAN NHÂN DÂN\nXÃ TÂN LẬP")
                    .containsEntry("place_name", "Tân Lập");
            assertThat(jdbc.sql("select count(*) from information_schema.tables where table_name = 'commune_issuer'")
                            .query(Long.class)
                            .single())
                    .isZero();
            // the settings stay behind their row policy: another commune sees no row of Vũ Lễ's
            jdbc.sql("select set_config('app.commune', 'tan-lap', false)")
                    .query(String.class)
                    .single();
            assertThat(jdbc.sql("select count(*) from commune_settings")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
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
}
