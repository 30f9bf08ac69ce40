package vn.bacson.khenthuong.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * One rendered message as MIME: from the sender of the message's commune (its settings, default app.mail.from), text and HTML, the attachments, and a Message-ID derived from
 * the outbox row (with its dedupe key in a header) so that the receiving side can drop a copy sent twice.
 */
final class MimeMail {

    private final JavaMailSender sender;
    private final Supplier<String> from;
    private final Clock clock;

    /** {@code from}: the sender of the commune the message is built in (its outbox row's), read per message. */
    MimeMail(JavaMailSender sender, Supplier<String> from, Clock clock) {
        this.sender = sender;
        this.from = from;
        this.clock = clock;
        address(from.get()); // the default sender must be valid from the start
    }

    MimeMessage message(
            OutboxRow first,
            InternetAddress to,
            MailRenderer.RenderedMail mail,
            List<DecisionAttachments.MailAttachment> files)
            throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(
                message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, StandardCharsets.UTF_8.name());
        helper.setFrom(address(from.get()));
        helper.setTo(to);
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        for (DecisionAttachments.MailAttachment file : files) {
            helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.contentType());
        }
        helper.setSentDate(Date.from(clock.instant()));
        message.setHeader("Message-ID", first.messageId());
        message.setHeader(MailDispatcher.DEDUPE_HEADER, oneLine(first.dedupeKey()));
        return message;
    }

    /** A sender: exactly one address, its display name in UTF-8. */
    private static InternetAddress address(String configured) {
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

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n]+", " ");
    }
}
