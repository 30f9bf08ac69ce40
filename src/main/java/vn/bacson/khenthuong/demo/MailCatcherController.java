package vn.bacson.khenthuong.demo;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.bacson.khenthuong.common.Formats;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.UserDirectory;
import vn.bacson.khenthuong.unit.UnitRepository;
import vn.bacson.khenthuong.web.PageController;

/**
 * /mail: what the in-process mail catcher received, newest first, for staff and admins. A commune's staff see only
 * the messages to someone of their commune (a user of its tenant or one of its units); the administrator sees all.
 * The plain-text part is shown in the page; the HTML part only inside a sandboxed iframe, served by its own endpoint
 * under a CSP that allows no script, no network and no form.
 */
@PageController
@ConditionalOnProperty(name = "app.mail.catcher.enabled", havingValue = "true")
class MailCatcherController {

    /** The HTML of a caught message may come from anywhere: no scripts, no fetches, inline styles only. */
    static final String HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "frame-ancestors 'self'; form-action 'none'; base-uri 'none'; sandbox";

    record CaughtMessage(
            int index, String subject, String to, String date, String messageId, String text, boolean hasHtml) {}

    private final GreenMail catcher;
    private final UserDirectory directory;
    private final UnitRepository units;
    private final ZoneId zone;

    MailCatcherController(GreenMail catcher, UserDirectory directory, UnitRepository units, ZoneId businessZone) {
        this.catcher = catcher;
        this.directory = directory;
        this.units = units;
        this.zone = businessZone;
    }

    @GetMapping("/mail")
    String list(CurrentUser user, Model model, HttpServletResponse response) throws MessagingException, IOException {
        if (!user.isStaff()) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("forbidden", true);
            model.addAttribute("messages", List.of());
            return "mail-catcher";
        }
        MimeMessage[] received = catcher.getReceivedMessages();
        Predicate<MimeMessage> readable = readableBy(user);
        List<CaughtMessage> messages = new ArrayList<>();
        for (int i = received.length - 1; i >= 0; i--) {
            if (readable.test(received[i])) {
                messages.add(summary(i, received[i]));
            }
        }
        model.addAttribute("forbidden", false);
        model.addAttribute("messages", messages);
        return "mail-catcher";
    }

    @GetMapping("/mail/messages/{index}/html")
    ResponseEntity<String> html(@PathVariable int index, CurrentUser user) throws MessagingException, IOException {
        if (!user.isStaff()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        MimeMessage[] received = catcher.getReceivedMessages();
        if (index < 0 || index >= received.length || !readableBy(user).test(received[index])) {
            return ResponseEntity.notFound().build();
        }
        String html = part(received[index], "text/html");
        if (html == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", HTML_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(html);
    }

    /** All messages for a user of no commune (the administrator); else those to someone of the user's commune. */
    private Predicate<MimeMessage> readableBy(CurrentUser user) {
        if (user.communeCode() == null) {
            return message -> true;
        }
        Set<String> addresses = new HashSet<>();
        directory.usersOfCommune(user.communeCode()).forEach(u -> add(addresses, u.email()));
        units.findAll().forEach(u -> add(addresses, u.email())); // the request works in the user's commune
        return message -> {
            try {
                Address[] recipients = message.getAllRecipients();
                return recipients != null
                        && Arrays.stream(recipients)
                                .anyMatch(a -> a instanceof InternetAddress internet
                                        && addresses.contains(
                                                internet.getAddress().toLowerCase(Locale.ROOT)));
            } catch (MessagingException e) {
                return false;
            }
        };
    }

    private static void add(Set<String> addresses, String email) {
        if (email != null && !email.isBlank()) {
            addresses.add(email.strip().toLowerCase(Locale.ROOT));
        }
    }

    private CaughtMessage summary(int index, MimeMessage message) throws MessagingException, IOException {
        Address[] recipients = message.getAllRecipients();
        String to = recipients == null
                ? ""
                : Arrays.stream(recipients).map(Address::toString).collect(Collectors.joining(", "));
        String date = message.getSentDate() == null
                ? ""
                : Formats.dateTimeWithSeconds(message.getSentDate().toInstant(), zone);
        String text = part(message, "text/plain");
        return new CaughtMessage(
                index,
                message.getSubject(),
                to,
                date,
                message.getMessageID(),
                text == null ? "" : text,
                part(message, "text/html") != null);
    }

    /** The first part of this type, searched depth-first through multiparts. */
    private static String part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            Object content = part.getContent();
            return content instanceof String s ? s : null;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = part(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
