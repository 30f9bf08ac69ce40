package vn.bacson.khenthuong.commune;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The first wall between communes, checked on the source: every statement of our code that reads a commune-scoped
 * table names the commune filter {@code in_commune(...)}. H2 (the demo database) has no row-level security, so a
 * statement without it would show one commune's rows to another there; on PostgreSQL the policies would still hold
 * (CommuneIsolationIT). The SQL of a class is its string literals read in order, so a statement split over
 * several literals is read whole.
 */
class CommuneFilterTest {

    /** Every table with a commune_code column and a row-level security policy (V20, V20_2, V22_1). */
    static final List<String> COMMUNE_TABLES = List.of(
            "unit",
            "campaign",
            "dossier",
            "nominee",
            "dossier_document",
            "dossier_history",
            "submit_request",
            "decision",
            "notification",
            "council_session",
            "council_vote",
            "decision_dossier",
            "decision_document",
            "task_projection",
            "task_projection_candidate",
            "achievement_report",
            "achievement_report_row",
            "public_posting",
            "posting_feedback",
            "delegation",
            "task_filter",
            "signature_request",
            "commune_counter",
            "commune_settings");

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern READ = Pattern.compile(
            "\\b(from|join|update)\\s+(" + String.join("|", COMMUNE_TABLES) + ")\\b(?!\\s*\\()",
            Pattern.CASE_INSENSITIVE);
    /** A statement ends where the next one starts; a subquery "(select" belongs to its statement. */
    private static final Pattern NEXT_STATEMENT =
            Pattern.compile("(?<!\\()(?<!\\( )\\b(select|insert|update|delete)\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void everyReadAndUpdateOfACommuneTableCarriesTheCommuneFilter() throws IOException {
        List<String> unfiltered = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String sql = literals(Files.readString(file, StandardCharsets.UTF_8));
                Matcher read = READ.matcher(sql);
                while (read.find()) {
                    if (!filtered(sql, read)) {
                        unfiltered.add(file.getFileName() + ": …" + excerpt(sql, read.start()) + "…");
                    }
                }
            }
        }
        assertThat(unfiltered)
                .as(
                        "statements that read, change or delete rows of a commune table without in_commune(...): add the filter")
                .isEmpty();
    }

    @Test
    void theListOfCommuneTablesIsTheMigrationsList() throws IOException {
        String migration;
        try (Stream<Path> scripts = Files.list(Path.of("src/main/resources/db/vendor/postgresql"))) {
            StringBuilder all = new StringBuilder();
            for (Path script : scripts.sorted().toList()) {
                all.append(Files.readString(script, StandardCharsets.UTF_8));
            }
            migration = all.toString();
        }
        for (String table : COMMUNE_TABLES) {
            assertThat(migration.toString()).contains("create policy commune_rows on " + table + " ");
        }
    }

    /**
     * A {@code from} read is filtered when its statement (up to the next statement keyword) names in_commune; a
     * {@code join} when the joined statement does, before or after it (the filter of the driving table holds the
     * joined rows to the same commune through their keys).
     */
    private static boolean filtered(String sql, Matcher read) {
        int end = nextStatement(sql, read.end());
        if (sql.substring(read.start(), end).contains("in_commune(")) {
            return true;
        }
        if (read.group(1).equalsIgnoreCase("join")) {
            int start = previousStatement(sql, read.start());
            return sql.substring(start, end).contains("in_commune(");
        }
        return false;
    }

    private static int nextStatement(String sql, int from) {
        Matcher next = NEXT_STATEMENT.matcher(sql);
        return next.find(from) ? next.start() : sql.length();
    }

    private static int previousStatement(String sql, int before) {
        int start = 0;
        Matcher next = NEXT_STATEMENT.matcher(sql);
        while (next.find() && next.start() < before) {
            start = next.start();
        }
        return start;
    }

    private static String excerpt(String sql, int at) {
        return sql.substring(Math.max(0, at - 40), Math.min(sql.length(), at + 80))
                .replaceAll("\\s+", " ");
    }

    /** The string literals of a source file, in order, joined by spaces. */
    private static String literals(String source) {
        StringBuilder sql = new StringBuilder();
        Matcher literal = LITERAL.matcher(source);
        while (literal.find()) {
            sql.append(literal.group(1)).append(' ');
        }
        return sql.toString();
    }
}
