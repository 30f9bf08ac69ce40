package vn.bacson.khenthuong.monitoring;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bacson.khenthuong.campaign.CampaignService;
import vn.bacson.khenthuong.campaign.CampaignView;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.dossier.DossierStatus;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.notification.FailedMailRetry;
import vn.bacson.khenthuong.process.ProcessIncidents;

/**
 * The office lead's campaign monitoring, and who may see it: the dashboard of one campaign
 * ({@link CampaignDashboard}), the overview of current campaigns ({@link CampaignOverview}), the dossiers behind a
 * number, the manual reminder to a unit that has not submitted ({@link UnitReminders}) and the admin's retries.
 * Read-only apart from those two actions.
 */
@Service
public class MonitoringService {

    private final CampaignService campaigns;
    private final CampaignDashboard dashboard;
    private final CampaignOverview overview;
    private final DossierListQueries dossierLists;
    private final UnitReminders reminders;
    private final ProcessIncidents incidents;
    private final FailedMailRetry mails;

    MonitoringService(
            CampaignService campaigns,
            CampaignDashboard dashboard,
            CampaignOverview overview,
            DossierListQueries dossierLists,
            UnitReminders reminders,
            ProcessIncidents incidents,
            FailedMailRetry mails) {
        this.campaigns = campaigns;
        this.dashboard = dashboard;
        this.overview = overview;
        this.dossierLists = dossierLists;
        this.reminders = reminders;
        this.incidents = incidents;
        this.mails = mails;
    }

    /** Office lead, chairman and culture-social staff read the dashboard; the administrator too. */
    static boolean mayMonitor(CurrentUser user) {
        return user != null && user.hasAny(Roles.OFFICE_LEAD, Roles.CHAIRMAN, Roles.CULTURE_SOCIAL, Roles.ADMIN);
    }

    static void requireMonitor(CurrentUser user) {
        if (!mayMonitor(user)) {
            throw new DomainException(
                    ErrorCode.FORBIDDEN,
                    "Chỉ Trưởng phòng Văn hóa - Xã hội, Chủ tịch UBND xã và Phòng Văn hóa - Xã hội được xem bảng theo dõi.");
        }
    }

    static void requireAdmin(CurrentUser user) {
        if (user == null || !user.has(Roles.ADMIN)) {
            throw new DomainException(
                    ErrorCode.FORBIDDEN, "Chỉ quản trị hệ thống được chạy lại bước lỗi hoặc gửi lại thư.");
        }
    }

    @Transactional(readOnly = true)
    public List<CampaignView> campaigns(CurrentUser user) {
        requireMonitor(user);
        return campaigns.list(PageQuery.of(0, PageQuery.MAX_SIZE)).items().stream()
                .map(campaigns::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public CampaignMonitor monitor(UUID campaignId, CurrentUser user) {
        requireMonitor(user);
        return dashboard.monitor(campaignId);
    }

    /**
     * Each current campaign in one line (office lead's start page), see {@link CampaignOverview}.
     * {@code campaignId} narrows to that campaign (shown even when closed and done). Up to the 200 latest.
     */
    @Transactional(readOnly = true)
    public List<CampaignLine> overview(CurrentUser user, UUID campaignId) {
        requireMonitor(user);
        List<CampaignView> all =
                campaignId == null ? campaigns(user) : List.of(campaigns.view(campaigns.get(campaignId)));
        return overview.lines(all, campaignId != null);
    }

    /** The dossiers behind a number of the dashboard: waiting at a stage, or in a status. */
    @Transactional(readOnly = true)
    public List<DossierListQueries.DossierLine> dossiers(
            UUID campaignId, Stage stage, DossierStatus status, int limit, CurrentUser user) {
        requireMonitor(user);
        campaigns.get(campaignId);
        return dossierLists.dossiers(campaignId, stage, status, limit);
    }

    @Transactional(readOnly = true)
    public long countDossiers(UUID campaignId, Stage stage, DossierStatus status, CurrentUser user) {
        requireMonitor(user);
        return dossierLists.countDossiers(campaignId, stage, status);
    }

    /** What a reminder did: recorded = a new e-mail is queued; false = the same click was already recorded. */
    public record Reminder(String unit, String to, boolean recorded) {}

    /**
     * Queues a SUBMISSION_REMINDER e-mail to a unit that has not submitted a dossier while the window is open.
     * Repeated clicks within {@link UnitReminders#REMINDER_BUCKET} record one e-mail.
     */
    @Transactional
    public Reminder remind(UUID campaignId, String unitCode, CurrentUser user) {
        requireMonitor(user);
        return reminders.remind(campaignId, unitCode, user);
    }

    public void retryJob(String jobId, CurrentUser user) {
        requireAdmin(user);
        incidents.retry(jobId);
    }

    public void retryMail(UUID notificationId, CurrentUser user) {
        requireAdmin(user);
        mails.retry(notificationId);
    }
}
