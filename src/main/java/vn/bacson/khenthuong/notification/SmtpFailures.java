package vn.bacson.khenthuong.notification;

import jakarta.mail.MessagingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/**
 * Reads an SMTP failure: a 5xx reply of the server is permanent (the same message would be refused again); a 4xx
 * reply, a refused or broken connection, a timeout or a rejected login is transient and worth a later retry.
 */
final class SmtpFailures {

    /** @param reply the server's reply line(s), or what went wrong when there was no reply */
    record Failure(boolean permanent, int code, String reply) {}

    private static final Pattern REPLY_CODE = Pattern.compile("^\\s*([245]\\d\\d)[\\s-]");

    private SmtpFailures() {}

    static Failure classify(Exception failure) {
        if (failure instanceof MailAuthenticationException) {
            return new Failure(false, 0, describe(failure));
        }
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.add(failure);
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (t == null || seen.put(t, Boolean.TRUE) != null) {
                continue;
            }
            int code = returnCode(t);
            if (code >= 400) {
                return new Failure(code >= 500, code, reply(code, t.getMessage()));
            }
            if (t instanceof MailSendException send) {
                send.getFailedMessages().values().forEach(todo::add);
            }
            if (t instanceof MessagingException messaging && messaging.getNextException() != null) {
                todo.add(messaging.getNextException());
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
        }
        return new Failure(false, 0, describe(failure));
    }

    private static int returnCode(Throwable t) {
        if (t instanceof SMTPAddressFailedException e) {
            return e.getReturnCode();
        }
        if (t instanceof SMTPSendFailedException e) {
            return e.getReturnCode();
        }
        if (t instanceof SMTPSenderFailedException e) {
            return e.getReturnCode();
        }
        if (t instanceof MessagingException && t.getMessage() != null) {
            Matcher m = REPLY_CODE.matcher(t.getMessage());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return 0;
    }

    private static String reply(int code, String message) {
        String text = message == null ? "" : message.strip();
        return text.startsWith(Integer.toString(code)) ? text : code + " " + text;
    }

    /** The innermost message, e.g. "Connection refused", with the chain's outer message for context. */
    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String outer = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return root == failure
                ? outer
                : outer + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
