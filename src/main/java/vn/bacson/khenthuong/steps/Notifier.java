package vn.bacson.khenthuong.steps;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.common.Formats;
import vn.bacson.khenthuong.dossier.Labels;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.notification.NoticePayload;
import vn.bacson.khenthuong.notification.NotificationEvent;
import vn.bacson.khenthuong.notification.NotificationRecorder;

/** Records one event for many recipients in the outbox, with the payload its event carries and Vietnamese subjects. */
@Component
class Notifier {

    private final NotificationRecorder recorder;
    private final ZoneId zone;

    Notifier(NotificationRecorder recorder, ZoneId businessZone) {
        this.recorder = recorder;
        this.zone = businessZone;
    }

    void record(
            NotificationEvent event,
            String dedupeKey,
            Collection<String> recipients,
            String subject,
            UUID dossierId,
            UUID campaignId,
            NoticePayload payload) {
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
            NoticePayload payload,
            Instant validUntil) {
        for (String to : recipients) {
            recorder.record(event, dedupeKey, to, subject, dossierId, campaignId, payload, validUntil);
        }
    }

    /** The campaign's unsent messages bound to a window other than the one ending at {@code deadline} expire. */
    void expireUnsent(UUID campaignId, Instant deadline) {
        recorder.expireUnsent(campaignId, deadline);
    }

    String date(Instant instant) {
        return instant == null ? "" : Formats.date(instant, zone);
    }

    /** The stage as a mail's subject and body name it: "Thẩm định hồ sơ (Phòng Văn hóa - Xã hội)". */
    static String stageLabel(Stage stage) {
        return Labels.mail().stage(stage);
    }
}
