package vn.bacson.khenthuong.steps;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.campaign.CampaignRepository;
import vn.bacson.khenthuong.campaign.CampaignStatus;
import vn.bacson.khenthuong.dossier.DossierRepository;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.notification.NoticePayload;
import vn.bacson.khenthuong.notification.NoticePayload.CampaignLaunchedNotice;
import vn.bacson.khenthuong.notification.NoticePayload.SubmissionReminderNotice;
import vn.bacson.khenthuong.notification.NoticePayload.WindowClosedNotice;
import vn.bacson.khenthuong.notification.NoticePayload.WindowOpenedNotice;
import vn.bacson.khenthuong.notification.NotificationEvent;
import vn.bacson.khenthuong.unit.Unit;

/**
 * What each step of the EmulationCampaign process records: announcements, reminders, the closing report. A unit is
 * told only what is true when the step runs and when the mail goes out: the window-opened notice and the reminders
 * are recorded only while the campaign's current window is open and is the one the step was scheduled for (a
 * deadline moved into the past fires the window's timers at once, in a row), and they expire unsent at the deadline.
 */
@Service
public class CampaignSteps {

    private static final Logger log = LoggerFactory.getLogger(CampaignSteps.class);

    /** The submission window of a campaign; both null while the congress date is not fixed. */
    public record Window(Instant opensAt, Instant closesAt) {}

    private final CampaignRepository campaigns;
    private final DossierRepository dossiers;
    private final Recipients recipients;
    private final Notifier notifier;
    private final Clock clock;
    private final ZoneId zone;

    CampaignSteps(
            CampaignRepository campaigns,
            DossierRepository dossiers,
            Recipients recipients,
            Notifier notifier,
            Clock clock,
            ZoneId businessZone) {
        this.campaigns = campaigns;
        this.dossiers = dossiers;
        this.recipients = recipients;
        this.notifier = notifier;
        this.clock = clock;
        this.zone = businessZone;
    }

    public void announceCampaign(UUID campaignId) {
        Campaign campaign = campaign(campaignId);
        for (Unit unit : recipients.activeUnits()) {
            notifier.record(
                    NotificationEvent.CAMPAIGN_LAUNCHED,
                    "CAMPAIGN_LAUNCHED:" + campaignId,
                    Set.of(unit.email()),
                    "Phát động phong trào thi đua: " + campaign.title(),
                    null,
                    campaignId,
                    new CampaignLaunchedNotice(
                            campaignId, campaign.code(), campaign.title(), campaign.planNumber(), unit.code()));
        }
    }

    /**
     * The campaign's window as it stands now. Runs at the start and after every change of the congress date, so it
     * also withdraws the window-bound messages of an earlier window that are still unsent: they name a deadline
     * that is no longer true (they expire unsent, see {@link #announceWindowOpen}).
     */
    public Window window(UUID campaignId) {
        Campaign campaign = campaign(campaignId);
        Instant deadline = campaign.submissionDeadline(zone);
        notifier.expireUnsent(campaignId, deadline);
        return new Window(campaign.submissionOpensAt(zone), deadline);
    }

    /**
     * The deadline is part of the key: a moved deadline is announced again. Nothing is announced for a window that
     * is not open now or is no longer the campaign's window. @return whether the units were told
     */
    public boolean announceWindowOpen(UUID campaignId, Instant closesAt) {
        Campaign campaign = campaign(campaignId);
        if (!openNow(campaign, closesAt, "window-opened notice")) {
            return false;
        }
        for (Unit unit : recipients.activeUnits()) {
            tellUnitOfWindow(
                    NotificationEvent.WINDOW_OPENED,
                    "WINDOW_OPENED:" + campaignId + ":" + closesAt,
                    unit,
                    "Bắt đầu nhận hồ sơ đề nghị khen thưởng: " + campaign.title(),
                    closesAt,
                    new WindowOpenedNotice(campaignId, campaign.title(), lastDay(closesAt), closesAt));
        }
        return true;
    }

    /** Reminds only the units that have not submitted a dossier yet. @return how many were reminded */
    public int remindUnits(UUID campaignId, Instant closesAt, int daysBefore) {
        Campaign campaign = campaign(campaignId);
        if (!openNow(campaign, closesAt, "reminder")) {
            return 0;
        }
        Set<String> submitted = new HashSet<>(dossiers.unitsWithSubmission(campaignId));
        int reminded = 0;
        for (Unit unit : recipients.activeUnits()) {
            if (submitted.contains(unit.code())) {
                continue;
            }
            tellUnitOfWindow(
                    NotificationEvent.SUBMISSION_REMINDER,
                    "SUBMISSION_REMINDER:" + campaignId + ":" + closesAt + ":" + daysBefore,
                    unit,
                    "Nhắc nộp hồ sơ đề nghị khen thưởng (hạn " + notifier.date(closesAt) + "): " + campaign.title(),
                    closesAt,
                    new SubmissionReminderNotice(
                            campaignId, campaign.title(), lastDay(closesAt), daysBefore, unit.code(), null));
            reminded++;
        }
        return reminded;
    }

    /** Tells the office lead who submitted and who did not. */
    public void closeWindow(UUID campaignId, Instant closesAt) {
        Campaign campaign = campaign(campaignId);
        Set<String> submitted = new HashSet<>(dossiers.unitsWithSubmission(campaignId));
        List<Unit> active = recipients.activeUnits();
        List<String> withDossier = active.stream()
                .filter(u -> submitted.contains(u.code()))
                .map(Unit::name)
                .toList();
        List<String> without = active.stream()
                .filter(u -> !submitted.contains(u.code()))
                .map(Unit::name)
                .toList();
        notifier.record(
                NotificationEvent.WINDOW_CLOSED,
                "WINDOW_CLOSED:" + campaignId + ":" + closesAt,
                recipients.groupMembers(Roles.OFFICE_LEAD),
                "Hết hạn nhận hồ sơ: %d đơn vị đã nộp, %d đơn vị chưa nộp - %s"
                        .formatted(withDossier.size(), without.size(), campaign.title()),
                null,
                campaignId,
                new WindowClosedNotice(campaignId, campaign.title(), lastDay(closesAt), withDossier, without));
    }

    /** Tells one unit about the campaign's submission window: the message expires unsent if the window moves first. */
    private void tellUnitOfWindow(
            NotificationEvent event,
            String key,
            Unit unit,
            String subject,
            Instant closesAt,
            NoticePayload.OfWindow payload) {
        notifier.record(event, key, Set.of(unit.email()), subject, null, payload.campaignId(), payload, closesAt);
    }

    /** The last day of a window that closes at {@code closesAt}, as the units read it. */
    private LocalDate lastDay(Instant closesAt) {
        return closesAt == null ? null : LocalDate.ofInstant(closesAt, zone);
    }

    /**
     * The window the step was scheduled for (its deadline) is the campaign's window now, and it is open: the step's
     * message is true. Otherwise the step records nothing (one line in the log says why).
     */
    private boolean openNow(Campaign campaign, Instant closesAt, String what) {
        Instant now = clock.instant();
        boolean current = closesAt != null && closesAt.equals(campaign.submissionDeadline(zone));
        if (current && campaign.status(now, zone) == CampaignStatus.OPEN) {
            return true;
        }
        log.info(
                "No {} for campaign {}: its window (deadline {}) is {} now",
                what,
                campaign.code(),
                closesAt,
                current ? campaign.status(now, zone) : "replaced by deadline " + campaign.submissionDeadline(zone));
        return false;
    }

    private Campaign campaign(UUID campaignId) {
        return campaigns
                .find(campaignId)
                .orElseThrow(
                        () -> new IllegalStateException("campaign " + campaignId + " of a running process is gone"));
    }
}
