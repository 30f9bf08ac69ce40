package vn.bacson.khenthuong.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.mail.MailException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.bacson.khenthuong.dossier.HistoryAction;
import vn.bacson.khenthuong.dossier.HistoryRepository;

/**
 * What becomes of the rows of one message after the attempt to send it: SENT (and NOTIFIED in the dossier's
 * history), back to PENDING with exponential backoff while SMTP is away or answers 4xx (FAILED after
 * app.mail.max-attempts), or FAILED for good (5xx, an invalid address, a message that could not be built).
 */
final class DeliveryOutcomes {

    /** The dispatcher's log: operators follow one category for the delivery of mail. */
    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final OutboxStore store;
    private final HistoryRepository history;
    private final MailSettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;

    DeliveryOutcomes(
            OutboxStore store,
            HistoryRepository history,
            MailSettings settings,
            Clock clock,
            TransactionTemplate transaction) {
        this.store = store;
        this.history = history;
        this.settings = settings;
        this.clock = clock;
        this.transaction = transaction;
    }

    void sendFailed(List<OutboxRow> rows, String token, MailException e) {
        SmtpFailures.Failure failure = SmtpFailures.classify(e);
        OutboxRow first = rows.get(0);
        if (failure.permanent()) {
            log.warn("SMTP refused notification {} to {} for good: {}", first.id(), first.recipient(), failure.reply());
            failAll(rows, token, failure.reply());
            return;
        }
        int attempts = first.attempts() + 1;
        if (attempts >= settings.maxAttempts()) {
            log.warn("Giving up notification {} after {} attempts: {}", first.id(), attempts, failure.reply());
            failAll(rows, token, "Đã thử gửi " + attempts + " lần, không thành công. Lỗi cuối: " + failure.reply());
            return;
        }
        Instant next = clock.instant().plus(settings.backoff(attempts));
        log.info(
                "SMTP not available for notification {} (attempt {}), next try at {}: {}",
                first.id(),
                attempts,
                next,
                failure.reply());
        for (OutboxRow row : rows) {
            store.retryLater(row.id(), token, next, failure.reply());
        }
    }

    /**
     * Records the accepted message. The server has it already, so a database that is briefly unreachable (a
     * restart, a dropped connection) must not make it go out again: the write is retried for up to half the lease,
     * while this node still holds the row. Only a database away for longer leaves the row to be sent again with the
     * same Message-ID once the lease has run out (docs/operations.md, "Duplicates: the residual window").
     */
    void sent(List<OutboxRow> rows, String token, String messageId, String subject, String to) {
        long giveUpAt = System.nanoTime() + settings.lease().dividedBy(2).toNanos();
        long pauseMillis = 500;
        while (true) {
            try {
                writeSent(rows, token, messageId, subject, to);
                return;
            } catch (TransientDataAccessException
                    | DataAccessResourceFailureException
                    | RecoverableDataAccessException
                    | TransactionException e) {
                if (System.nanoTime() + pauseMillis * 1_000_000 > giveUpAt) {
                    log.warn(
                            "Notification {} was accepted by the SMTP server, but SENT could not be written: {}",
                            rows.get(0).id(),
                            e.toString());
                    throw e;
                }
                log.info(
                        "Database unavailable while recording notification {} as SENT, retrying",
                        rows.get(0).id());
                sleep(pauseMillis);
                pauseMillis = Math.min(pauseMillis * 2, 5_000);
            }
        }
    }

    void failAll(List<OutboxRow> rows, String token, String error) {
        for (OutboxRow row : rows) {
            store.markFailed(row.id(), token, error);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recording a sent notification", e);
        }
    }

    private void writeSent(List<OutboxRow> rows, String token, String messageId, String subject, String to) {
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            for (OutboxRow row : rows) {
                if (!store.markSent(row.id(), token, now, messageId)) {
                    log.warn("Notification {} was sent, but its lease had passed to another node", row.id());
                    continue;
                }
                if (row.dossierId() != null) {
                    history.add(
                            row.dossierId(),
                            now,
                            HistoryRepository.SYSTEM,
                            HistoryAction.NOTIFIED,
                            null,
                            "Đã gửi thư '" + subject + "' tới " + to);
                }
            }
        });
    }
}
