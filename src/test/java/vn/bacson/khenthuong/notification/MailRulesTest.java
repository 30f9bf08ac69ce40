package vn.bacson.khenthuong.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Map;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/** The small rules of delivery: who may receive, what a subject may hold, when to retry, what is permanent. */
class MailRulesTest {

    @Test
    void acceptsOnlyABareValidAddressOnOneLine() throws AddressException {
        assertThat(MailDispatcher.recipient("thon-1@bacson.example").getAddress())
                .isEqualTo("thon-1@bacson.example");
        for (String bad : new String[] {
            "thon-1@bacson.example\r\nBcc: all@evil.example",
            "a@b.example\nx",
            "Thôn 1 <thon-1@bacson.example>",
            "not an address",
            "",
            "a@b.example, c@d.example",
            "@bacson.example"
        }) {
            assertThatThrownBy(() -> MailDispatcher.recipient(bad)).as(bad).isInstanceOf(AddressException.class);
        }
    }

    @Test
    void subjectIsOneLineWithDiacriticsKept() {
        assertThat(MailRenderer.subject("Đã tiếp nhận hồ sơ: Thôn 1\r\nBcc: all@evil.example"))
                .isEqualTo("Đã tiếp nhận hồ sơ: Thôn 1 Bcc: all@evil.example")
                .doesNotContain("\r", "\n");
        assertThat(MailRenderer.subject("x".repeat(400))).hasSize(250);
        assertThat(MailRenderer.subject("Hồ sơ\u0000 Thôn\uFFFF 1\u202E")).isEqualTo("Hồ sơ Thôn 1");
        assertThat(MailRenderer.subject(" \n ")).isEqualTo("Thông báo về thi đua, khen thưởng");
    }

    @Test
    void backoffDoublesUpToTheMaximum() {
        MailSettings settings = new MailSettings(
                "a@b.example",
                Duration.ofSeconds(10),
                50,
                10,
                Duration.ofSeconds(30),
                Duration.ofMinutes(5),
                Duration.ofMinutes(2),
                Duration.ofMinutes(2),
                new MailSettings.Scheduler(true),
                new MailSettings.Catcher(false, "127.0.0.1", 3025));
        assertThat(settings.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.backoff(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.backoff(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(settings.backoff(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.backoff(60)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void a5xxReplyIsPermanentWithTheServersWords() throws AddressException {
        SMTPAddressFailedException rejected = new SMTPAddressFailedException(
                new InternetAddress("x@bacson.example"),
                "RCPT TO:<x@bacson.example>",
                550,
                "550 5.1.1 <x@bacson.example>: Recipient address rejected");
        SendFailedException send = new SendFailedException("Invalid Addresses", rejected);
        SmtpFailures.Failure failure = SmtpFailures.classify(new MailSendException(Map.of(new Object(), send)));

        assertThat(failure.permanent()).isTrue();
        assertThat(failure.code()).isEqualTo(550);
        assertThat(failure.reply()).startsWith("550 5.1.1").contains("Recipient address rejected");
    }

    @Test
    void a4xxReplyARefusedConnectionOrABadLoginAreTransient() throws AddressException {
        SMTPAddressFailedException greylisted = new SMTPAddressFailedException(
                new InternetAddress("x@bacson.example"),
                "RCPT TO:<x@bacson.example>",
                451,
                "451 4.7.1 Greylisted, try again later");
        assertThat(SmtpFailures.classify(new MailSendException(
                                Map.of(new Object(), new SendFailedException("Invalid Addresses", greylisted))))
                        .permanent())
                .isFalse();

        MessagingException down = new MessagingException(
                "Couldn't connect to host, port: 127.0.0.1, 3025", new ConnectException("Connection refused"));
        SmtpFailures.Failure refused =
                SmtpFailures.classify(new MailSendException("Mail server connection failed", down));
        assertThat(refused.permanent()).isFalse();
        assertThat(refused.reply()).contains("Connection refused");

        assertThat(SmtpFailures.classify(new MailAuthenticationException("535 5.7.8 bad credentials"))
                        .permanent())
                .isFalse();
    }

    @Test
    void templateNamesFollowTheEvent() {
        assertThat(MailRenderer.templateName(NotificationEvent.CAMPAIGN_LAUNCHED))
                .isEqualTo("campaign-launched");
        for (NotificationEvent event : NotificationEvent.values()) {
            String name = "templates/mail/" + MailRenderer.templateName(event);
            assertThat(getClass().getClassLoader().getResource(name + ".html"))
                    .as(name + ".html")
                    .isNotNull();
            assertThat(getClass().getClassLoader().getResource(name + ".txt"))
                    .as(name + ".txt")
                    .isNotNull();
        }
    }
}
