package vn.bacson.khenthuong.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.campaign.CampaignService;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.Formats;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.monitoring.MonitoringService.Reminder;
import vn.bacson.khenthuong.notification.NoticePayload.SubmissionReminderNotice;
import vn.bacson.khenthuong.notification.NotificationEvent;
import vn.bacson.khenthuong.notification.NotificationRecorder;

/**
 * The office lead's reminder to a unit that has not submitted while the window is open: one SUBMISSION_REMINDER
 * e-mail, however often the button is clicked within {@link #REMINDER_BUCKET} (the dedupe key holds the bucket).
 */
@Component
class UnitReminders {

    /** A reminder click is deduplicated within this bucket: a double click sends one e-mail. */
    static final Duration REMINDER_BUCKET = Duration.ofMinutes(10);

    private final CampaignService campaigns;
    private final MonitoringQueries queries;
    private final NotificationRecorder recorder;
    private final Clock clock;
    private final ZoneId zone;

    UnitReminders(
            CampaignService campaigns,
            MonitoringQueries queries,
            NotificationRecorder recorder,
            Clock clock,
            ZoneId businessZone) {
        this.campaigns = campaigns;
        this.queries = queries;
        this.recorder = recorder;
        this.clock = clock;
        this.zone = businessZone;
    }

    Reminder remind(UUID campaignId, String unitCode, CurrentUser user) {
        Campaign campaign = campaigns.get(campaignId);
        MonitoringQueries.UnitRow unit = queries.unit(campaignId, unitCode)
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "Không tìm thấy đơn vị này."));
        if (unit.submitted() > 0) {
            throw new DomainException(
                    ErrorCode.DOSSIER_ALREADY_SUBMITTED, "Đơn vị " + unit.name() + " đã gửi hồ sơ; không cần nhắc.");
        }
        Instant now = clock.instant();
        switch (campaign.status(now, zone)) {
            case DRAFT_WINDOW ->
                throw new DomainException(
                        ErrorCode.SUBMISSION_WINDOW_NOT_OPEN,
                        "Phong trào chưa mở nhận hồ sơ nên chưa thể nhắc đơn vị.");
            case CLOSED ->
                throw new DomainException(
                        ErrorCode.SUBMISSION_WINDOW_CLOSED, "Đã hết thời hạn nộp hồ sơ nên không gửi nhắc nữa.");
            case OPEN -> {
                // a reminder makes sense
            }
        }
        Instant deadline = campaign.submissionDeadline(zone);
        String deadlineText = Formats.date(deadline, zone);
        long daysLeft = ChronoUnit.DAYS.between(
                LocalDate.ofInstant(now, zone), deadline.atZone(zone).toLocalDate());
        long bucket = now.getEpochSecond() / REMINDER_BUCKET.toSeconds();
        boolean recorded = recorder.record(
                NotificationEvent.SUBMISSION_REMINDER,
                "SUBMISSION_REMINDER:MANUAL:" + campaignId + ":" + unit.code() + ":" + bucket,
                unit.email(),
                "Nhắc nộp hồ sơ đề nghị khen thưởng (hạn " + deadlineText + "): " + campaign.title(),
                null,
                campaignId,
                new SubmissionReminderNotice(
                        campaignId,
                        campaign.title(),
                        LocalDate.ofInstant(deadline, zone),
                        Math.toIntExact(daysLeft),
                        unit.code(),
                        user.username()));
        return new Reminder(unit.code(), unit.email(), recorded);
    }
}
