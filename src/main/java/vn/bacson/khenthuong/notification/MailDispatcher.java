package vn.bacson.khenthuong.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.bacson.khenthuong.commune.CommuneContext;
import vn.bacson.khenthuong.commune.CommuneSettings;
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
 * A message about a chairman's decision carries the signed decision as a PDF ({@link DecisionAttachments}); the
 * MIME message is built by {@link MimeMail}, the outcomes are written by {@link DeliveryOutcomes}.
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
    private final MailSettings settings;
    private final Clock clock;
    private final MimeMail mime;
    private final DeliveryOutcomes outcomes;

    MailDispatcher(
            OutboxStore store,
            MailRenderer renderer,
            DecisionAttachments attachments,
            JavaMailSender sender,
            HistoryRepository history,
            MailSettings settings,
            CommuneSettings communeSettings,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.store = store;
        this.renderer = renderer;
        this.attachments = attachments;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
        // the sender of the commune the message is delivered in: deliver() runs in its outbox row's commune
        this.mime = new MimeMail(sender, () -> communeSettings.current().mailFrom(), clock);
        this.outcomes =
                new DeliveryOutcomes(store, history, settings, clock, new TransactionTemplate(transactionManager));
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
                for (OutboxRow mate : CommuneContext.call(
                        row.communeCode(), () -> store.findDigestMates(row.recipient(), row.id(), dueBy, claimedAt))) {
                    if (store.claim(mate.id(), token, dueBy, claimedAt, leaseUntil)) {
                        message.add(mate);
                    }
                }
            }
            // the message is built and sent in its commune: its units, its sender, its documents
            sent += CommuneContext.call(row.communeCode(), () -> deliver(message, token));
        }
        return sent;
    }

    private int deliver(List<OutboxRow> rows, String token) {
        OutboxRow first = rows.get(0);
        InternetAddress to;
        try {
            to = recipient(first.recipient());
        } catch (AddressException e) {
            outcomes.failAll(rows, token, "Địa chỉ người nhận không hợp lệ: " + MimeMail.oneLine(first.recipient()));
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
            message = mime.message(first, to, mail, files);
        } catch (RuntimeException | MessagingException e) {
            log.error("Could not build the message of notification {}", first.id(), e);
            outcomes.failAll(rows, token, "Không tạo được nội dung thư: " + e.getMessage());
            return 0;
        }
        try {
            sender.send(message);
        } catch (MailException e) {
            outcomes.sendFailed(rows, token, e);
            return 0;
        }
        outcomes.sent(rows, token, first.messageId(), mail.subject(), to.getAddress());
        return rows.size();
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
}
