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
 */
public class CommuneBoundDataSource extends DelegatingDataSource {

    private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");

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
                follow();
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
