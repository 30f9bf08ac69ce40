package vn.bacson.khenthuong.demo;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.bacson.khenthuong.notification.MailSettings;

/**
 * The default profile's mail catcher: a GreenMail SMTP server inside the application, listening on
 * app.mail.catcher.host:port (127.0.0.1:3025), where spring.mail.host/port point. Nothing leaves the machine;
 * staff read what the demo sent at /mail.
 */
@Configuration
@ConditionalOnProperty(name = "app.mail.catcher.enabled", havingValue = "true")
class MailCatcherConfig {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail mailCatcher(MailSettings settings) {
        ServerSetup smtp =
                new ServerSetup(settings.catcher().port(), settings.catcher().host(), ServerSetup.PROTOCOL_SMTP);
        return new GreenMail(smtp)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }
}
