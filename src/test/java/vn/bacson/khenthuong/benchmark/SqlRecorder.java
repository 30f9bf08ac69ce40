package vn.bacson.khenthuong.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import vn.bacson.khenthuong.commune.CommuneBoundDataSource;

/**
 * Counts the statements the application sends to PostgreSQL (every prepareStatement / createStatement /
 * prepareCall on a pooled connection, the commune's {@code set_config} included), and, while {@link #record} is
 * on, keeps each prepared statement's SQL and bound parameters so the benchmark can replay a request's queries
 * through plain JDBC (the row-level security figure). It sits between the pool and
 * {@link CommuneBoundDataSource}, installed by {@link #postProcessor()} in the benchmark's application only.
 *
 * <p>The counters are global (all threads), so a count per request is read with one client and the job executor
 * idle; the benchmark takes the smallest of a few calls.
 */
final class SqlRecorder {

    /** One executed prepared statement: its SQL and its parameter setters in order. */
    record Statement(String sql, List<Setter> setters) {
        void bind(PreparedStatement target) throws SQLException {
            for (Setter s : setters) {
                s.apply(target);
            }
        }
    }

    record Setter(Method method, Object[] args) {
        void apply(PreparedStatement target) throws SQLException {
            try {
                method.invoke(target, args);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof SQLException sql) {
                    throw sql;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    static final AtomicLong STATEMENTS = new AtomicLong();
    private static volatile boolean recording;
    private static final List<Statement> RECORDED = Collections.synchronizedList(new ArrayList<>());
    private static final List<String> PREPARED = Collections.synchronizedList(new ArrayList<>());

    private SqlRecorder() {}

    /** Statements sent since the start. */
    static long count() {
        return STATEMENTS.get();
    }

    /** Runs the work and answers the prepared statements it executed (any thread), in order. */
    static List<Statement> record(Runnable work) {
        RECORDED.clear();
        PREPARED.clear();
        recording = true;
        try {
            work.run();
        } finally {
            recording = false;
        }
        synchronized (RECORDED) {
            return List.copyOf(RECORDED);
        }
    }

    /** The SQL of every statement prepared during the last {@link #record}, executed or not, in order. */
    static List<String> lastPrepared() {
        synchronized (PREPARED) {
            return List.copyOf(PREPARED);
        }
    }

    static BeanPostProcessor postProcessor() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool
                        && pool.getJdbcUrl() != null
                        && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
                    // the application's own post-processor then finds no Hikari pool and leaves it as it is
                    return new CommuneBoundDataSource(new Counting(pool));
                }
                return bean;
            }
        };
    }

    private static final class Counting extends DelegatingDataSource {
        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return wrap(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return wrap(super.getConnection(username, password));
        }

        private static Connection wrap(Connection target) {
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        String name = method.getName();
                        boolean statement = name.equals("prepareStatement")
                                || name.equals("createStatement")
                                || name.equals("prepareCall");
                        if (statement) {
                            STATEMENTS.incrementAndGet();
                            if (recording) {
                                PREPARED.add(
                                        args != null && args.length > 0 && args[0] instanceof String sql
                                                ? sql
                                                : "<" + name + ">");
                            }
                        }
                        Object result = invoke(target, method, args);
                        if (recording && name.equals("prepareStatement") && result instanceof PreparedStatement ps) {
                            return recordingStatement(ps, (String) args[0]);
                        }
                        return result;
                    });
        }

        private static PreparedStatement recordingStatement(PreparedStatement target, String sql) {
            List<Setter> setters = new ArrayList<>();
            InvocationHandler handler = (proxy, method, args) -> {
                String name = method.getName();
                if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
                    setters.add(new Setter(method, args.clone()));
                } else if (name.equals("clearParameters")) {
                    setters.clear();
                } else if (recording && (name.equals("executeQuery") || name.equals("execute")) && args == null) {
                    RECORDED.add(new Statement(sql, List.copyOf(setters)));
                }
                return invoke(target, method, args);
            };
            return (PreparedStatement) Proxy.newProxyInstance(
                    PreparedStatement.class.getClassLoader(), new Class<?>[] {PreparedStatement.class}, handler);
        }

        private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
