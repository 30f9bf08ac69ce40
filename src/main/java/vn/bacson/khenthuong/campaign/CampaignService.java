package vn.bacson.khenthuong.campaign;

import static vn.bacson.khenthuong.campaign.CampaignRules.awardForms;
import static vn.bacson.khenthuong.campaign.CampaignRules.checkCode;
import static vn.bacson.khenthuong.campaign.CampaignRules.checkPlanNumber;
import static vn.bacson.khenthuong.campaign.CampaignRules.checkPublicPostingDays;
import static vn.bacson.khenthuong.campaign.CampaignRules.checkTitle;
import static vn.bacson.khenthuong.campaign.CampaignRules.checkWindowDays;
import static vn.bacson.khenthuong.campaign.CampaignRules.required;
import static vn.bacson.khenthuong.campaign.CampaignRules.trimToNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bacson.khenthuong.common.AppProperties;
import vn.bacson.khenthuong.common.DateRange;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.common.Formats;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.common.PageResult;
import vn.bacson.khenthuong.common.TextRules;
import vn.bacson.khenthuong.commune.CommuneContext;
import vn.bacson.khenthuong.identity.CurrentUser;

/**
 * Campaigns: create and change (culture-social, office lead, chairman), read (everyone signed in), and the
 * submission-window rule the dossier process checks.
 */
@Service
@Transactional
public class CampaignService {

    private final CampaignRepository campaigns;
    private final CampaignWorkflow workflow;
    private final Clock clock;
    private final ZoneId zone;
    private final int defaultPublicPostingDays;

    public CampaignService(
            CampaignRepository campaigns,
            CampaignWorkflow workflow,
            Clock clock,
            ZoneId businessZone,
            AppProperties properties) {
        this.campaigns = campaigns;
        this.workflow = workflow;
        this.clock = clock;
        this.zone = businessZone;
        this.defaultPublicPostingDays =
                properties.workflow() == null ? 0 : properties.workflow().publicPostingDays();
    }

    public Campaign create(CampaignRequest request, CurrentUser user) {
        requireManager(user);
        if (CommuneContext.commune().isEmpty()) {
            // an administrator or a province user: a campaign belongs to a commune, and this caller has none
            throw new DomainException(
                    ErrorCode.FORBIDDEN,
                    "Phong trào thi đua do cán bộ của một xã phát động; tài khoản này không thuộc xã nào.");
        }
        TextRules.require(request);
        List<FieldViolation> violations = new ArrayList<>();
        String code = trimToNull(request.code());
        checkCode(code, violations);
        String title = trimToNull(request.title());
        checkTitle(title, violations);
        String planNumber = trimToNull(request.planNumber());
        checkPlanNumber(planNumber, violations);
        if (request.launchedOn() == null) {
            violations.add(required("launchedOn"));
        }
        DateRange.CAMPAIGN.check("launchedOn", request.launchedOn(), clock, violations);
        DateRange.CAMPAIGN.check("congressDate", request.congressDate(), clock, violations);
        int windowDays = request.windowDays() == null ? Campaign.DEFAULT_WINDOW_DAYS : request.windowDays();
        checkWindowDays(windowDays, violations);
        Set<AwardForm> forms = awardForms(request.awardForms(), violations);
        if (request.publicPostingDays() != null) {
            checkPublicPostingDays(request.publicPostingDays(), violations);
        }
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        if (campaigns.codeTaken(code)) {
            throw new DomainException(ErrorCode.CAMPAIGN_CODE_TAKEN);
        }
        Campaign campaign = new Campaign(
                UUID.randomUUID(),
                code,
                title,
                planNumber,
                request.launchedOn(),
                request.congressDate(),
                windowDays,
                forms,
                request.launchedBy() == null ? CampaignLevel.COMMUNE : request.launchedBy(),
                clock.instant(),
                user.username(),
                request.publicPostingDays());
        try {
            campaigns.insert(campaign);
        } catch (DuplicateKeyException raced) {
            throw new DomainException(ErrorCode.CAMPAIGN_CODE_TAKEN);
        }
        workflow.launched(campaign);
        return campaign;
    }

    /**
     * Applies a JSON merge patch ({@link CampaignPatch}): a present field is changed, an absent one kept; an
     * explicit null clears congressDate (no window any more) and planNumber. The window timers follow when the
     * window moved.
     */
    public Campaign patch(UUID id, JsonNode patch, CurrentUser user) {
        requireManager(user);
        Campaign current = get(id);
        if (patch == null || !patch.isObject()) {
            throw new DomainException(ErrorCode.MALFORMED_REQUEST);
        }
        TextRules.require(patch);
        Campaign changed = CampaignPatch.apply(current, patch, clock);
        campaigns.update(changed);
        if (!Objects.equals(current.congressDate(), changed.congressDate())
                || current.windowDays() != changed.windowDays()) {
            workflow.windowChanged(changed);
        }
        return changed;
    }

    @Transactional(readOnly = true)
    public Campaign get(UUID id) {
        return campaigns.find(id).orElseThrow(() -> new DomainException(ErrorCode.CAMPAIGN_NOT_FOUND));
    }

    @Transactional(readOnly = true)
    public PageResult<Campaign> list(PageQuery page) {
        return page.result(campaigns.findPage(page.offset(), page.size()), campaigns.count());
    }

    public CampaignView view(Campaign campaign) {
        return CampaignView.of(campaign, clock.instant(), zone, defaultPublicPostingDays);
    }

    /**
     * Working days of public posting (niêm yết công khai) before the council meets, for the campaign's dossiers:
     * its own setting, else app.workflow.public-posting-days; 0 = no posting.
     */
    @Transactional(readOnly = true)
    public int publicPostingDays(UUID campaignId) {
        return get(campaignId).publicPostingDays(defaultPublicPostingDays);
    }

    /**
     * The submission-window rule, checked by the dossier process when a dossier is submitted: refused before the
     * congress day starts or while the congress date is not fixed, and after the end of the last day.
     * A refusal does not mark the caller's transaction rollback-only, so the process may turn it into a BPMN error.
     */
    @Transactional(noRollbackFor = DomainException.class)
    public void requireOpenForSubmission(UUID campaignId) {
        Campaign campaign = get(campaignId);
        switch (campaign.status(clock.instant(), zone)) {
            case DRAFT_WINDOW ->
                throw new DomainException(
                        ErrorCode.SUBMISSION_WINDOW_NOT_OPEN,
                        campaign.congressDate() == null
                                ? "Phong trào thi đua chưa ấn định ngày Đại hội nên chưa mở nhận hồ sơ."
                                : "Chưa đến thời gian nộp hồ sơ: phong trào nhận hồ sơ từ ngày "
                                        + Formats.date(campaign.congressDate()) + ".");
            case CLOSED ->
                throw new DomainException(
                        ErrorCode.SUBMISSION_WINDOW_CLOSED,
                        "Đã hết thời hạn nộp hồ sơ: hạn cuối là hết ngày "
                                + Formats.date(campaign.congressDate().plusDays(campaign.windowDays())) + ".");
            case OPEN -> {
                // accepted
            }
        }
    }

    private static void requireManager(CurrentUser user) {
        if (user == null || !user.canManageCampaigns()) {
            throw new DomainException(
                    ErrorCode.FORBIDDEN,
                    "Chỉ Phòng Văn hóa - Xã hội, Trưởng phòng và Chủ tịch UBND xã được tạo hoặc sửa phong trào thi đua.");
        }
    }
}
