package vn.bacson.khenthuong.review;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.campaign.CampaignRepository;
import vn.bacson.khenthuong.dossier.DossierRepository;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.notification.NotificationEvent;
import vn.bacson.khenthuong.unit.Unit;

/** What each step of the EmulationCampaign process records: announcements, reminders, the closing report. */
@Service
class CampaignSteps {

    /** The submission window of a campaign; both null while the congress date is not fixed. */
    record Window(Instant opensAt, Instant closesAt) {}

    private final CampaignRepository campaigns;
    private final DossierRepository dossiers;
    private final Recipients recipients;
    private final Notifier notifier;
    private final ZoneId zone;

    CampaignSteps(
            CampaignRepository campaigns,
            DossierRepository dossiers,
            Recipients recipients,
            Notifier notifier,
            ZoneId businessZone) {
        this.campaigns = campaigns;
        this.dossiers = dossiers;
        this.recipients = recipients;
        this.notifier = notifier;
        this.zone = businessZone;
    }

    void announceCampaign(UUID campaignId) {
        Campaign campaign = campaign(campaignId);
        for (Unit unit : recipients.activeUnits()) {
            notifier.record(
                    NotificationEvent.CAMPAIGN_LAUNCHED,
                    "CAMPAIGN_LAUNCHED:" + campaignId,
                    Set.of(unit.email()),
                    "Phát động phong trào thi đua: " + campaign.title(),
                    null,
                    campaignId,
                    Notifier.payload(
                            "campaignId",
                            campaignId,
                            "code",
                            campaign.code(),
                            "title",
                            campaign.title(),
                            "planNumber",
                            campaign.planNumber(),
                            "unit",
                            unit.code()));
        }
    }

    Window window(UUID campaignId) {
        Campaign campaign = campaign(campaignId);
        return new Window(campaign.submissionOpensAt(zone), campaign.submissionDeadline(zone));
    }

    /** The deadline is part of the key: a moved deadline is announced again. */
    void announceWindowOpen(UUID campaignId, Instant closesAt) {
        Campaign campaign = campaign(campaignId);
        for (Unit unit : recipients.activeUnits()) {
            notifier.record(
                    NotificationEvent.WINDOW_OPENED,
                    "WINDOW_OPENED:" + campaignId + ":" + closesAt,
                    Set.of(unit.email()),
                    "Bắt đầu nhận hồ sơ đề nghị khen thưởng: " + campaign.title(),
                    null,
                    campaignId,
                    Notifier.payload(
                            "campaignId",
                            campaignId,
                            "title",
                            campaign.title(),
                            "deadline",
                            notifier.date(closesAt),
                            "closesAt",
                            closesAt.toString()));
        }
    }

    /** Reminds only the units that have not submitted a dossier yet. @return how many were reminded */
    int remindUnits(UUID campaignId, Instant closesAt, int daysBefore) {
        Campaign campaign = campaign(campaignId);
        Set<String> submitted = new HashSet<>(dossiers.unitsWithSubmission(campaignId));
        int reminded = 0;
        for (Unit unit : recipients.activeUnits()) {
            if (submitted.contains(unit.code())) {
                continue;
            }
            notifier.record(
                    NotificationEvent.SUBMISSION_REMINDER,
                    "SUBMISSION_REMINDER:" + campaignId + ":" + closesAt + ":" + daysBefore,
                    Set.of(unit.email()),
                    "Nhắc nộp hồ sơ đề nghị khen thưởng (hạn " + notifier.date(closesAt) + "): " + campaign.title(),
                    null,
                    campaignId,
                    Notifier.payload(
                            "campaignId",
                            campaignId,
                            "title",
                            campaign.title(),
                            "deadline",
                            notifier.date(closesAt),
                            "daysBefore",
                            daysBefore,
                            "unit",
                            unit.code()));
            reminded++;
        }
        return reminded;
    }

    /** Tells the office lead who submitted and who did not. */
    void closeWindow(UUID campaignId, Instant closesAt) {
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
                Notifier.payload(
                        "campaignId",
                        campaignId,
                        "title",
                        campaign.title(),
                        "deadline",
                        notifier.date(closesAt),
                        "submitted",
                        withDossier,
                        "notSubmitted",
                        without));
    }

    private Campaign campaign(UUID campaignId) {
        return campaigns
                .find(campaignId)
                .orElseThrow(
                        () -> new IllegalStateException("campaign " + campaignId + " of a running process is gone"));
    }
}
