package vn.bacson.khenthuong.support;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import vn.bacson.khenthuong.commune.CommuneContext;
import vn.bacson.khenthuong.notification.MailDispatcher;

/**
 * The outbox delivered, and what a reader of a received mail sees: its text (the plain-text part, not an attachment),
 * subject and recipients.
 */
public final class Mails {

    private Mails() {}

    /**
     * Sends every due row of the outbox, of every commune, as the mail scheduler does (it is off in the ITs, and the
     * test thread works in Bắc Sơn).
     */
    public static void deliverAll(MailDispatcher dispatcher) {
        CommuneContext.run(CommuneContext.ALL, () -> {
            for (int i = 0; i < 50 && dispatcher.dispatchDue() > 0; i++) {
                // until nothing is due
            }
        });
    }

    /** The first plain-text part that is not an attachment; empty when there is none. */
    public static String text(Part part) {
        return body(part, "text/plain");
    }

    /** The first HTML part that is not an attachment; empty when there is none. */
    public static String html(Part part) {
        return body(part, "text/html");
    }

    private static String body(Part part, String mimeType) {
        try {
            if (part.isMimeType(mimeType) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return part.getContent().toString();
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = body(multipart.getBodyPart(i), mimeType);
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
            }
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The addresses the mail went to, e.g. {@code thon-1@bacson.example}. */
    public static List<String> recipients(MimeMessage message) {
        try {
            Address[] all = message.getAllRecipients();
            return all == null
                    ? List.of()
                    : Arrays.stream(all)
                            .map(a -> a instanceof InternetAddress i ? i.getAddress() : a.toString())
                            .toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
