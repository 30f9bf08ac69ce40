package vn.bacson.khenthuong.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** A notice's payload as the outbox stores it: JSON written and read with the application's ObjectMapper. */
@Component
class NoticeJson {

    private static final Logger log = LoggerFactory.getLogger(NoticeJson.class);

    private final ObjectMapper json;

    NoticeJson(ObjectMapper json) {
        this.json = json;
    }

    /** The payload as stored; it must be the one its event carries. */
    String write(NotificationEvent event, NoticePayload payload) {
        if (!event.payloadType().isInstance(payload)) {
            throw new IllegalArgumentException(event + " carries a "
                    + event.payloadType().getSimpleName() + ", not "
                    + (payload == null ? "null" : "a " + payload.getClass().getSimpleName()));
        }
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notification payload is not serialisable", e);
        }
    }

    /**
     * The stored payload as its event's record. Keys the record does not know are ignored; a missing or unreadable
     * payload reads as the record with every component absent, so the mail is still written from our tables.
     */
    NoticePayload read(NotificationEvent event, String text) {
        if (text != null && !text.isBlank()) {
            try {
                return json.readValue(text, event.payloadType());
            } catch (JsonProcessingException e) {
                log.warn("Unreadable {} payload, mailed without it: {}", event, e.getOriginalMessage());
            }
        }
        try {
            return json.readValue("{}", event.payloadType());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("no empty " + event.payloadType().getSimpleName(), e);
        }
    }
}
