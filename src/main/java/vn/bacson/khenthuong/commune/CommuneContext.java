package vn.bacson.khenthuong.commune;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The commune whose data the current thread works on: the one place every commune-scoped query takes its commune
 * from. A request of a commune user works in that user's commune ({@code identity.CommuneContextFilter}); engine
 * work in the commune of its process instance (the engine's tenant id); province users, administrators and the
 * background jobs that serve every commune work in {@link #ALL}. Nobody passes a commune code to a store.
 *
 * <p>The database reads it too: on H2 the SQL functions {@code app_commune()} and {@code in_commune(code)} call
 * {@link #forDatabase()} and {@link #visible(String)}; on PostgreSQL they read the session variable
 * {@code app.commune}, which {@link CommuneBoundDataSource} keeps equal to this context before every statement, and
 * the row-level security policies use the same function (docs/architecture.md, "Communes as tenants").
 */
public final class CommuneContext {

    /** Every commune: province level, administration, background work across communes. */
    public static final String ALL = "*";
    /** No commune at all: sees nothing (an anonymous caller outside the public pages). */
    public static final String NONE = "";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private CommuneContext() {}

    /** The current commune code, {@link #ALL} or {@link #NONE}; {@link #ALL} where nothing was set (background). */
    public static String current() {
        String code = CURRENT.get();
        return code == null ? ALL : code;
    }

    /** The commune of the current work, empty for {@link #ALL} and {@link #NONE}. */
    public static Optional<String> commune() {
        String code = current();
        return ALL.equals(code) || NONE.equals(code) ? Optional.empty() : Optional.of(code);
    }

    /** The commune of the current work; IllegalStateException where there is none (a programming error). */
    public static String require() {
        return commune().orElseThrow(() -> new IllegalStateException("no commune in this context"));
    }

    public static boolean isAll() {
        return ALL.equals(current());
    }

    /** Runs the work in the given commune (or {@link #ALL}), then restores what was there. */
    public static <T> T call(String code, Supplier<T> work) {
        String previous = CURRENT.get();
        CURRENT.set(code == null ? NONE : code);
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    public static void run(String code, Runnable work) {
        call(code, () -> {
            work.run();
            return null;
        });
    }

    /** The work as a task that runs in the given commune on whichever thread runs it (an executor's). */
    public static <T> java.util.concurrent.Callable<T> wrap(String code, java.util.concurrent.Callable<T> work) {
        return () -> {
            try (Scope scope = open(code)) {
                return work.call();
            }
        };
    }

    /** Sets the commune until the returned scope is closed (for filters that wrap a whole request). */
    public static Scope open(String code) {
        String previous = CURRENT.get();
        CURRENT.set(code == null ? NONE : code);
        return () -> restore(previous);
    }

    private static void restore(String previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    /** H2's {@code app_commune()}: the commune code, or null for {@link #ALL} and {@link #NONE}. */
    public static String forDatabase() {
        return commune().orElse(null);
    }

    /** H2's {@code in_commune(code)}: whether a row of this commune is visible in the current context. */
    public static Boolean visible(String rowCommune) {
        String code = current();
        return ALL.equals(code) || (!NONE.equals(code) && code.equals(rowCommune));
    }

    /** An open commune scope; closing it restores the previous commune. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
