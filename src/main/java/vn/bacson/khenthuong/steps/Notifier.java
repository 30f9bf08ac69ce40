package vn.bacson.khenthuong.steps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.common.Formats;
import vn.bacson.khenthuong.dossier.Labels;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.notification.NotificationEvent;
import vn.bacson.khenthuong.notification.NotificationRecorder;

/** Records one event for many recipients in the outbox, with a small JSON payload and Vietnamese subjects. */
@Component
class Notifier {

    private final NotificationRecorder recorder;
    private final ObjectMapper json;
    private final ZoneId zone;

    Notifier(NotificationRecorder recorder, ObjectMapper json, ZoneId businessZone) {
        this.recorder = recorder;
        this.json = json;
        this.zone = businessZone;
    }

    void record(
            NotificationEvent event,
            String dedupeKey,
            Collection<String> recipients,
            String subject,
            UUID dossierId,
            UUID campaignId,
            Map<String, ?> payload) {
        record(event, dedupeKey, recipients, subject, dossierId, campaignId, payload, null);
    }

    /** As above, for a message that is true only until {@code validUntil}: unsent by then, it is not sent. */
    void record(
            NotificationEvent event,
            String dedupeKey,
            Collection<String> recipients,
            String subject,
            UUID dossierId,
            UUID campaignId,
            Map<String, ?> payload,
            Instant validUntil) {
        String body = toJson(payload);
        for (String to : recipients) {
            recorder.record(event, dedupeKey, to, subject, dossierId, campaignId, body, validUntil);
        }
    }

    /** The campaign's unsent messages bound to a window other than the one ending at {@code deadline} expire. */
    void expireUnsent(UUID campaignId, Instant deadline) {
        recorder.expireUnsent(campaignId, deadline);
    }

    String date(Instant instant) {
        return instant == null ? "" : Formats.date(instant, zone);
    }

    static Map<String, Object> payload(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1] instanceof UUID id ? id.toString() : keyValues[i + 1]);
        }
        return map;
    }

    /** The stage as a mail's subject and body name it: "Thẩm định hồ sơ (Phòng Văn hóa - Xã hội)". */
    static String stageLabel(Stage stage) {
        return Labels.mail().stage(stage);
    }

    private String toJson(Map<String, ?> payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notification payload is not serialisable", e);
        }
    }
}
