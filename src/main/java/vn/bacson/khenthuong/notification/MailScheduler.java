package vn.bacson.khenthuong.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the dispatcher in the background, with a fixed delay between runs (app.mail.poll-interval). Off when
 * app.mail.scheduler.enabled=false: the integration tests drive {@link MailDispatcher#dispatchDue()} themselves.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "app.mail.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class MailScheduler {

    private static final Logger log = LoggerFactory.getLogger(MailScheduler.class);

    private final MailDispatcher dispatcher;

    MailScheduler(MailDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(
            fixedDelayString = "${app.mail.poll-interval:PT10S}",
            initialDelayString = "${app.mail.poll-interval:PT10S}")
    void dispatch() {
        try {
            dispatcher.dispatchDue();
        } catch (RuntimeException e) {
            // the database may be briefly unavailable; the next run tries again, nothing is lost
            log.warn("Mail dispatch run failed", e);
        }
    }
}
