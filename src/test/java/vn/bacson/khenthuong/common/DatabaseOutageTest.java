package vn.bacson.khenthuong.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseOutageTest {

    @Test
    void aPoolTimeoutDeepInTheEnginesWrappersIsAnOutage() {
        Exception engine = new RuntimeException(
                "ENGINE-03083 persistence",
                new RuntimeException(
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available")));

        assertThat(DatabaseOutage.isCause(engine)).isTrue();
    }

    @Test
    void aBrokenConnectionHiddenByAFailedRollbackIsAnOutage() {
        // as seen when the connection broke mid-request: the rollback fails too and hides the first exception
        TransactionSystemException rollback =
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(
                new RuntimeException(new SQLException("An I/O error occurred while sending to the backend.", "08006")));

        assertThat(DatabaseOutage.isCause(new RuntimeException("ENGINE-03004", rollback)))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("The server is shutting down", "57P01")))
                .isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException(
                        "duplicate", new SQLException("duplicate key value", "23505"))))
                .isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("boom"))).isFalse();
        assertThat(DatabaseOutage.isCause(null)).isFalse();
    }
}
