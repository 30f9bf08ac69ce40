package vn.bacson.khenthuong.commune;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
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

    /** The PostgreSQL scripts: where each commune table gets its row-level security policy. */
    static final Path POLICY_SCRIPTS = Path.of("src/main/resources/db/vendor/postgresql");

    private static final Pattern POLICY = Pattern.compile("create policy commune_rows on (\\w+) ");

    /**
     * Every table under a commune row policy, read from the scripts that create the policies, so a table that gets
     * one is checked here from then on (CommuneIsolationIT checks that every table with a commune_code has one).
     */
    static final List<String> COMMUNE_TABLES = policyTables();

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
    void theTablesUnderAPolicyIncludeTheBusinessTables() {
        // a guard on the reading of the scripts: the tables the first commune migration put under the policy
        assertThat(COMMUNE_TABLES)
                .contains("unit", "campaign", "dossier", "nominee", "decision", "task_projection", "province_proposal")
                .doesNotHaveDuplicates();
    }

    private static List<String> policyTables() {
        List<String> tables = new ArrayList<>();
        try (Stream<Path> scripts = Files.list(POLICY_SCRIPTS)) {
            for (Path script : scripts.sorted().toList()) {
                Matcher policy = POLICY.matcher(Files.readString(script, StandardCharsets.UTF_8));
                while (policy.find()) {
                    tables.add(policy.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(tables);
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
