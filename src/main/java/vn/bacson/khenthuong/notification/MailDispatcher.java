package vn.bacson.khenthuong.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.bacson.khenthuong.dossier.HistoryAction;
import vn.bacson.khenthuong.dossier.HistoryRepository;

/**
 * Delivers the outbox. Each run claims the rows that are due (a lease per row, so two nodes never send the same
 * row at once), sends each by SMTP with a Message-ID derived from the row id, and records the outcome:
 * <ul>
 *   <li>accepted: SENT with sent_at, and a NOTIFIED line in the dossier's history;</li>
 *   <li>SMTP down, 4xx: back to PENDING with exponential backoff (FAILED after app.mail.max-attempts);</li>
 *   <li>5xx or an invalid address: FAILED with the server's reply; nothing else waits for it;</li>
 *   <li>no longer true (its valid_until has passed before it went out): EXPIRED, not sent.</li>
 * </ul>
 * A message about a chairman's decision carries the signed decision as a PDF ({@link DecisionAttachments}).
 * A crash after the server accepted a message but before SENT was written sends it again when the lease runs out;
 * the stable Message-ID lets the receiving side drop the copy (see docs/operations.md, "Mail"). A database that is
 * unreachable only for a while at that moment is waited for, within the lease.
 */
@Service
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    static final String DEDUPE_HEADER = "X-Khenthuong-Dedupe-Key";

    private final OutboxStore store;
    private final MailRenderer renderer;
    private final DecisionAttachments attachments;
    private final JavaMailSender sender;
    private final HistoryRepository history;
    private final MailSettings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final InternetAddress from;

    MailDispatcher(
            OutboxStore store,
            MailRenderer renderer,
            DecisionAttachments attachments,
            JavaMailSender sender,
            HistoryRepository history,
            MailSettings settings,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.store = store;
        this.renderer = renderer;
        this.attachments = attachments;
        this.sender = sender;
        this.history = history;
        this.settings = settings;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.from = sender(settings.from());
    }

    /**
     * One run: claims and sends up to app.mail.batch-size due rows. Safe to call from several threads or nodes
     * at once. Tests call it directly (the scheduler is off there).
     *
     * @return how many rows were sent
     */
    public int dispatchDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (OutboxRow row : store.findDue(now, settings.batchSize())) {
            String token = UUID.randomUUID().toString();
            Instant claimedAt = clock.instant();
            Instant leaseUntil = claimedAt.plus(settings.lease());
            if (!store.claim(row.id(), token, claimedAt, claimedAt, leaseUntil)) {
                continue; // another node, or an earlier digest of this run, has it
            }
            if (row.expiredAt(claimedAt)) {
                // checked after the claim, at the moment it would go out: a message about a window that has
                // closed meanwhile (deadline moved, SMTP down for long) is no longer true
                log.info("Notification {} ({}) expired at {} unsent", row.id(), row.event(), row.validUntil());
                store.markExpired(
                        row.id(),
                        token,
                        "Không gửi: đến lượt gửi thì nội dung thư đã không còn đúng (quá hạn hiệu lực).");
                continue;
            }
            List<OutboxRow> message = new ArrayList<>(List.of(row));
            if (row.event() == NotificationEvent.TASK_CREATED) {
                Instant dueBy = claimedAt.plus(settings.digestWindow());
                for (OutboxRow mate : store.findDigestMates(row.recipient(), row.id(), dueBy, claimedAt)) {
                    if (store.claim(mate.id(), token, dueBy, claimedAt, leaseUntil)) {
                        message.add(mate);
                    }
                }
            }
            sent += deliver(message, token);
        }
        return sent;
    }

    private int deliver(List<OutboxRow> rows, String token) {
        OutboxRow first = rows.get(0);
        InternetAddress to;
        try {
            to = recipient(first.recipient());
        } catch (AddressException e) {
            failAll(rows, token, "Địa chỉ người nhận không hợp lệ: " + oneLine(first.recipient()));
            return 0;
        }
        MailRenderer.RenderedMail mail;
        MimeMessage message;
        try {
            List<DecisionAttachments.MailAttachment> files = attachments.of(first);
            mail = renderer.render(
                    rows,
                    files.stream()
                            .map(DecisionAttachments.MailAttachment::fileName)
                            .toList());
            message = message(first, to, mail, files);
        } catch (RuntimeException | MessagingException e) {
            log.error("Could not build the message of notification {}", first.id(), e);
            failAll(rows, token, "Không tạo được nội dung thư: " + e.getMessage());
            return 0;
        }
        try {
            sender.send(message);
        } catch (MailException e) {
            onSendFailure(rows, token, e);
            return 0;
        }
        markSent(rows, token, first.messageId(), mail.subject(), to.getAddress());
        return rows.size();
    }

    private MimeMessage message(
            OutboxRow first,
            InternetAddress to,
            MailRenderer.RenderedMail mail,
            List<DecisionAttachments.MailAttachment> files)
            throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(
                message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(to);
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        for (DecisionAttachments.MailAttachment file : files) {
            helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.contentType());
        }
        helper.setSentDate(Date.from(clock.instant()));
        message.setHeader("Message-ID", first.messageId());
        message.setHeader(DEDUPE_HEADER, oneLine(first.dedupeKey()));
        return message;
    }

    private void onSendFailure(List<OutboxRow> rows, String token, MailException e) {
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
    private void markSent(List<OutboxRow> rows, String token, String messageId, String subject, String to) {
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

    private void failAll(List<OutboxRow> rows, String token, String error) {
        for (OutboxRow row : rows) {
            store.markFailed(row.id(), token, error);
        }
    }

    /** A bare, syntactically valid address (strict RFC 822 parse), one line, no display name. */
    static InternetAddress recipient(String address) throws AddressException {
        if (address == null || address.isBlank() || address.chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw new AddressException("empty or multi-line address", address);
        }
        InternetAddress parsed = new InternetAddress(address.strip(), true);
        parsed.validate();
        if (parsed.getPersonal() != null
                || !parsed.getAddress().equals(address.strip())
                || !parsed.getAddress().contains("@")) {
            throw new AddressException("not a bare address", address);
        }
        return parsed;
    }

    private static InternetAddress sender(String configured) {
        try {
            InternetAddress[] parsed = InternetAddress.parse(configured, true);
            if (parsed.length != 1) {
                throw new IllegalStateException("app.mail.from must name exactly one address: " + configured);
            }
            InternetAddress address = parsed[0];
            return new InternetAddress(address.getAddress(), address.getPersonal(), StandardCharsets.UTF_8.name());
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalStateException("app.mail.from is not a valid address: " + configured, e);
        }
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n]+", " ");
    }
}
