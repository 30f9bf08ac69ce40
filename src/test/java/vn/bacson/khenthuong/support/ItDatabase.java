package vn.bacson.khenthuong.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL database of the integration tests: {@code -Dit.db.url=...}, default
 * jdbc:postgresql://127.0.0.1:5432/khenthuong_it, user postgres without password (trust). Created when missing,
 * so {@code ./mvnw verify} needs nothing but a running server; an unreachable server fails the tests loudly.
 */
public final class ItDatabase {

    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/khenthuong_it";
    /** The administrator: creates databases and the application's role; a superuser, so row-level security does not hold for it. */
    public static final String USER = "postgres";

    public static final String PASSWORD = "";
    /**
     * The role the application under test connects as: an ordinary role owning the database, so PostgreSQL's
     * row-level security policies (V20_2) hold for every query the application makes, as in production
     * (docs/operations.md).
     */
    public static final String APP_USER = "khenthuong_app";

    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([A-Za-z0-9_]+)(\\?.*)?");
    private static final String DUPLICATE_DATABASE = "42P04";

    private static volatile boolean ensured;

    private ItDatabase() {}

    public static String url() {
        String configured = System.getProperty("it.db.url");
        // Failsafe passes "${it.db.url}" literally when the property is not set on the command line
        return configured == null || configured.isBlank() || configured.startsWith("${") ? DEFAULT_URL : configured;
    }

    /**
     * A database of a test's own next to the tests' database ({@code -Dit.db.url}), e.g. {@code khenthuong_ci_cluster}:
     * two builds side by side, each with its own IT database, never share (or drop) each other's.
     */
    public static String sibling(String suffix) {
        Matcher url = URL.matcher(url());
        if (!url.matches()) {
            throw new IllegalStateException("Not a PostgreSQL database URL: " + url());
        }
        return url.group(2) + "_" + suffix;
    }

    /** The server part of the tests' database URL, e.g. {@code jdbc:postgresql://127.0.0.1:5432/}. */
    public static String server() {
        Matcher url = URL.matcher(url());
        if (!url.matches()) {
            throw new IllegalStateException("Not a PostgreSQL database URL: " + url());
        }
        return url.group(1);
    }

    /** Creates the database when it does not exist yet; throws when PostgreSQL cannot be reached. */
    public static synchronized void ensureExists() {
        if (ensured) {
            return;
        }
        String url = url();
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException("it.db.url must look like jdbc:postgresql://host:port/name, was " + url);
        }
        String name = m.group(2);
        String adminUrl = m.group(1) + "postgres" + (m.group(3) == null ? "" : m.group(3));
        try (Connection connection = DriverManager.getConnection(adminUrl, USER, PASSWORD)) {
            ensureAppRole(connection);
            if (!exists(connection, name)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(createDatabase(name));
                } catch (SQLException e) {
                    if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                        throw e;
                    }
                }
            } else {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("alter database " + name + " owner to " + APP_USER);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL for the integration tests is not reachable at " + adminUrl + " (user " + USER
                            + "). Start it (see README) or set -Dit.db.url.",
                    e);
        }
        ensured = true;
    }

    /**
     * Drops this database of a test's own ({@link #sibling}), closing its connections, and creates it again, empty and
     * owned by {@link #APP_USER}; answers its JDBC URL. Throws when PostgreSQL cannot be reached.
     */
    public static String recreate(String name) throws SQLException {
        ensureExists();
        try (Connection admin = DriverManager.getConnection(server() + "postgres", USER, PASSWORD);
                Statement statement = admin.createStatement()) {
            ensureAppRole(admin);
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute(createDatabase(name));
        }
        return server() + name;
    }

    /** The ordinary login role the application connects as (trust authentication, no password). */
    public static void ensureAppRole(Connection admin) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            statement.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + APP_USER
                    + "') then create role " + APP_USER + " login nosuperuser nobypassrls; end if; end $$");
        } catch (SQLException e) {
            // two builds creating the role at once: the loser finds it there
            if (!"23505".equals(e.getSQLState()) && !"42710".equals(e.getSQLState())) {
                throw e;
            }
        }
    }

    /** The statement that creates a test database owned by {@link #APP_USER}. */
    public static String createDatabase(String name) {
        return "create database " + name + " encoding 'UTF8' owner " + APP_USER;
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            query.setString(1, name);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }
}
