package vn.bacson.khenthuong.posting;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything under {@code app.public-posting:} in config/application.yml: the abuse protection of citizens'
 * feedback. How long a posting lasts is {@code app.workflow.public-posting-days} (or the campaign's own setting).
 *
 * @param feedbackPerIp accepted messages per sender IP address within {@code feedbackWindow}, at most
 * @param feedbackWindow the window of that limit
 * @param senderHashKey key of the sender fingerprint kept with each message (HMAC-SHA256 of the IP address)
 */
@ConfigurationProperties("app.public-posting")
public record PublicPostingSettings(
        @DefaultValue("10") int feedbackPerIp,
        @DefaultValue("PT1H") Duration feedbackWindow,
        @DefaultValue("khenthuong-bacson") String senderHashKey) {}
