package vn.bacson.khenthuong.commune;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code commune_settings} (V22): one row per commune that set something of its own. */
@Repository
class CommuneSettingsStore {

    private static final String COLUMNS = "issuer_name, header_lines, superior_body, place_name, province, "
            + "signer_authority, signer_title, signer_name, decision_number_pattern, submission_number_pattern, "
            + "quorum_numerator, quorum_denominator, threshold_numerator, threshold_denominator, stage_working_days, "
            + "mail_from, seal_png, local_holidays, signing_key_alias";

    private final JdbcClient jdbc;

    CommuneSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The commune's row, in the current commune context (row-level security on PostgreSQL). */
    Optional<Stored> find(String code) {
        return jdbc.sql("select " + COLUMNS + ", updated_at, updated_by from commune_settings "
                        + "where in_commune(commune_code) and commune_code = ?")
                .param(code)
                .query((rs, n) ->
                        new Stored(map(rs), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by")))
                .optional();
    }

    void save(String code, SettingsOverride o, Instant at, String by) {
        Object[] values = {
            o.issuerName(),
            lines(o.headerLines()),
            o.superiorBody(),
            o.placeName(),
            o.province(),
            o.signerAuthority(),
            o.signerTitle(),
            o.signerName(),
            o.decisionNumberPattern(),
            o.submissionNumberPattern(),
            o.quorumNumerator(),
            o.quorumDenominator(),
            o.thresholdNumerator(),
            o.thresholdDenominator(),
            o.stageWorkingDays() == null
                    ? null
                    : o.stageWorkingDays().entrySet().stream()
                            .sorted(Map.Entry.comparingByKey())
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("\n")),
            o.mailFrom(),
            o.sealPng(),
            o.localHolidays() == null
                    ? null
                    : o.localHolidays().stream()
                            .sorted()
                            .map(LocalDate::toString)
                            .collect(Collectors.joining("\n")),
            o.signingKeyAlias(),
            Timestamp.from(at),
            by
        };
        String assignments = Arrays.stream((COLUMNS + ", updated_at, updated_by").split(",\\s*"))
                .map(c -> c + " = ?")
                .collect(Collectors.joining(", "));
        Object[] updateParams = Arrays.copyOf(values, values.length + 1);
        updateParams[values.length] = code;
        int updated = jdbc.sql("update commune_settings set " + assignments
                        + " where in_commune(commune_code) and commune_code = ?")
                .params(updateParams)
                .update();
        if (updated == 0) {
            Object[] insertParams = new Object[values.length + 1];
            insertParams[0] = code;
            System.arraycopy(values, 0, insertParams, 1, values.length);
            jdbc.sql("insert into commune_settings (commune_code, " + COLUMNS + ", updated_at, updated_by) values ("
                            + "?, ".repeat(values.length) + "?)")
                    .params(insertParams)
                    .update();
        }
    }

    record Stored(SettingsOverride values, Instant updatedAt, String updatedBy) {}

    private static SettingsOverride map(ResultSet rs) throws SQLException {
        return new SettingsOverride(
                rs.getString("issuer_name"),
                split(rs.getString("header_lines")),
                rs.getString("superior_body"),
                rs.getString("place_name"),
                rs.getString("province"),
                rs.getString("signer_authority"),
                rs.getString("signer_title"),
                rs.getString("signer_name"),
                rs.getString("decision_number_pattern"),
                rs.getString("submission_number_pattern"),
                rs.getObject("quorum_numerator", Integer.class),
                rs.getObject("quorum_denominator", Integer.class),
                rs.getObject("threshold_numerator", Integer.class),
                rs.getObject("threshold_denominator", Integer.class),
                days(rs.getString("stage_working_days")),
                rs.getString("mail_from"),
                rs.getBytes("seal_png"),
                holidays(rs.getString("local_holidays")),
                rs.getString("signing_key_alias"));
    }

    private static String lines(List<String> values) {
        return values == null ? null : String.join("\n", values);
    }

    private static List<String> split(String text) {
        return text == null ? null : List.of(text.split("\n", -1));
    }

    private static Map<String, Integer> days(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Map<String, Integer> days = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            days.put(line.substring(0, eq), Integer.valueOf(line.substring(eq + 1)));
        }
        return days;
    }

    private static List<LocalDate> holidays(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(text.split("\n")).map(LocalDate::parse).toList();
    }
}
