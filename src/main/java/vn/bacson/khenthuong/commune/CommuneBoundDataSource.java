package vn.bacson.khenthuong.commune;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * On PostgreSQL, keeps the session variable {@code app.commune} of every connection equal to
 * {@link CommuneContext#current()}: before a statement is prepared, a connection whose variable differs gets
 * {@code set_config('app.commune', ..., false)}. The row-level security policies of our tables and the
 * {@code in_commune} function read that variable, so the database answers only for the current commune even when
 * a query forgets its filter. The value last set is remembered per physical connection, so a request costs one
 * extra statement only when its commune differs from the connection's previous user; a rollback forgets it (it
 * undoes a {@code set_config} made in the transaction).
 *
 * <p>A statement that reads or writes only the engine's tables ({@link #engineOnly}: every table it names is an
 * {@code ACT_*} table, it calls no commune function) does not depend on the variable, so it is sent without
 * syncing it first: the HTTP Basic check of every request (the engine's user, group and tenant queries, made before
 * the request's commune is known) no longer flips the connection to {@code '*'} and back, two round trips per
 * request (docs/performance.md, figure 10).
 */
public class CommuneBoundDataSource extends DelegatingDataSource {

    private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");
    /** A table named after one of these keywords; a comma-joined FROM list is not parsed (treated as ours). */
    private static final java.util.regex.Pattern TABLE =
            java.util.regex.Pattern.compile("(?i)\\b(from|join|into|update|using|table)\\s+([a-z0-9_.\"]+)");

    private static final java.util.regex.Pattern FROM_LIST = java.util.regex.Pattern.compile(
            "(?is)\\bfrom\\s+[^()]*?(?=\\bwhere\\b|\\border\\b|\\bgroup\\b|\\blimit\\b|\\)|$)");

    private static final int CACHE_LIMIT = 5000;
    private static final Map<String, Boolean> ENGINE_ONLY = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<Object, String> lastSet = Collections.synchronizedMap(new WeakHashMap<>());

    public CommuneBoundDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return bind(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return bind(super.getConnection(username, password));
    }

    private Connection bind(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, new Binder(connection));
    }

    /**
     * Whether the statement touches only the engine's tables: it names at least one table, every table after
     * FROM, JOIN, INTO, UPDATE, USING or TABLE is an {@code ACT_} table, no FROM lists several tables with commas,
     * and it does not mention a commune (no {@code in_commune}, {@code app_commune}). Anything else — our tables,
     * a CTE, a function call without a table — is synced first, as before.
     */
    static boolean engineOnly(String sql) {
        Boolean known = ENGINE_ONLY.get(sql);
        if (known != null) {
            return known;
        }
        boolean result = classify(sql);
        if (ENGINE_ONLY.size() >= CACHE_LIMIT) {
            ENGINE_ONLY.clear();
        }
        ENGINE_ONLY.put(sql, result);
        return result;
    }

    private static boolean classify(String sql) {
        if (sql.toLowerCase(java.util.Locale.ROOT).contains("commune")) {
            return false;
        }
        java.util.regex.Matcher table = TABLE.matcher(sql);
        int tables = 0;
        while (table.find()) {
            String name = table.group(2).replace("\"", "");
            int dot = name.lastIndexOf('.');
            if (dot >= 0) {
                name = name.substring(dot + 1);
            }
            if (!name.regionMatches(true, 0, "ACT_", 0, 4)) {
                return false;
            }
            tables++;
        }
        if (tables == 0) {
            return false;
        }
        java.util.regex.Matcher from = FROM_LIST.matcher(sql);
        while (from.find()) {
            if (from.group().contains(",")) {
                return false;
            }
        }
        return true;
    }

    private final class Binder implements InvocationHandler {

        private final Connection target;
        private Object physical;

        Binder(Connection target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (STATEMENT_METHODS.contains(name)) {
                if (!(args != null && args.length > 0 && args[0] instanceof String sql && engineOnly(sql))) {
                    follow();
                }
            } else if ("rollback".equals(name)) {
                lastSet.remove(physical());
            } else if ("unwrap".equals(name) && args[0] == Connection.class) {
                return proxy;
            } else if ("equals".equals(name)) {
                return proxy == args[0];
            } else if ("hashCode".equals(name)) {
                return System.identityHashCode(proxy);
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private void follow() throws SQLException {
            String wanted = CommuneContext.current();
            Object key = physical();
            if (wanted.equals(lastSet.get(key))) {
                return;
            }
            try (PreparedStatement set = target.prepareStatement("select set_config('app.commune', ?, false)")) {
                set.setString(1, wanted);
                set.execute();
            }
            lastSet.put(key, wanted);
        }

        private Object physical() throws SQLException {
            if (physical == null) {
                // the pool's proxy hands out the driver's connection, which outlives this checkout
                physical = target.isWrapperFor(Connection.class) ? target.unwrap(Connection.class) : target;
            }
            return physical;
        }
    }
}
