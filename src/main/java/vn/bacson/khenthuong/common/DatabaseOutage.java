package vn.bacson.khenthuong.common;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells an unreachable database from any other fault, whatever wraps it (the engine's ProcessEngineException and
 * MyBatis' PersistenceException, Spring's DataAccessException): such a request answers 503 SERVICE_UNAVAILABLE
 * with Retry-After, never 500.
 */
public final class DatabaseOutage {

    /** What the 503 answers tell the client to wait before it tries again. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private DatabaseOutage() {}

    /** True when this exception, or one of its causes, says the database cannot be reached. */
    public static boolean isCause(Throwable error) {
        return isCause(error, 0);
    }

    private static boolean isCause(Throwable error, int depth) {
        for (Throwable t = error; t != null && depth < 30; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof ConnectException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException) {
                return true;
            }
            if (t instanceof SQLException sql && (isConnectionState(sql.getSQLState()) || isClosed(sql))) {
                return true;
            }
            // a failed rollback hides the exception that made the transaction roll back
            if (t instanceof TransactionSystemException tx
                    && tx.getApplicationException() != null
                    && isCause(tx.getApplicationException(), depth + 1)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** The pool's or the driver's "closed connection" (a connection that broke while it was in use). */
    private static boolean isClosed(SQLException e) {
        String message = e.getMessage();
        return message != null
                && (message.equals("Connection is closed") || message.contains("connection has been closed"));
    }

    /** SQLSTATE class 08 (connection exception), 57P01-57P03 (server shut down or starting up). */
    private static boolean isConnectionState(String state) {
        return state != null
                && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }
}
