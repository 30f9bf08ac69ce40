package vn.bacson.khenthuong.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
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
import vn.bacson.khenthuong.identity.CurrentUser;

/**
 * Campaigns: create and change (culture-social, office lead, chairman), read (everyone signed in), and the
 * submission-window rule the dossier process checks.
 */
@Service
@Transactional
public class CampaignService {

    static final int MIN_WINDOW_DAYS = 1;
    static final int MAX_WINDOW_DAYS = 365;
    static final int MAX_CODE_LENGTH = 64;
    static final int MAX_TITLE_LENGTH = 500;
    static final int MAX_PLAN_NUMBER_LENGTH = 64;
    /** Public posting: 0 (none) up to this many working days. */
    static final int MAX_PUBLIC_POSTING_DAYS = 60;
    /** Codes appear in public URLs (/api/public/campaigns/{code}/awards): letters, digits, '.', '_' and '-'. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** Dates as commune officers write them. */
    private static final Set<String> PATCHABLE =
            Set.of("title", "planNumber", "congressDate", "windowDays", "awardForms", "publicPostingDays");

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
        TextRules.require(request);
        List<FieldViolation> violations = new ArrayList<>();
        String code = trimToNull(request.code());
        if (code == null) {
            violations.add(required("code"));
        } else if (code.length() > MAX_CODE_LENGTH) {
            violations.add(new FieldViolation("code", "SIZE", "Mã phong trào tối đa " + MAX_CODE_LENGTH + " ký tự."));
        } else if (!CODE.matcher(code).matches()) {
            violations.add(new FieldViolation(
                    "code",
                    "INVALID_VALUE",
                    "Mã phong trào chỉ gồm chữ cái không dấu, chữ số và các ký tự '.', '_', '-'."));
        }
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
     * Applies a JSON merge patch: a present field is changed, an absent one kept; an explicit null clears
     * congressDate (no window any more) and planNumber. The window timers follow when the window moved.
     */
    public Campaign patch(UUID id, JsonNode patch, CurrentUser user) {
        requireManager(user);
        Campaign current = get(id);
        if (patch == null || !patch.isObject()) {
            throw new DomainException(ErrorCode.MALFORMED_REQUEST);
        }
        TextRules.require(patch);
        List<FieldViolation> violations = new ArrayList<>();
        for (Iterator<String> names = patch.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!PATCHABLE.contains(name)) {
                violations.add(new FieldViolation(
                        name,
                        "NOT_PATCHABLE",
                        "Trường này không thay đổi được; chỉ sửa được title, planNumber, congressDate, windowDays, "
                                + "awardForms, publicPostingDays."));
            }
        }
        String title = current.title();
        if (patch.has("title")) {
            title = patch.get("title").isTextual()
                    ? trimToNull(patch.get("title").asText())
                    : null;
            checkTitle(title, violations);
        }
        String planNumber = current.planNumber();
        if (patch.has("planNumber")) {
            JsonNode node = patch.get("planNumber");
            if (node.isNull()) {
                planNumber = null;
            } else if (node.isTextual()) {
                planNumber = trimToNull(node.asText());
                checkPlanNumber(planNumber, violations);
            } else {
                violations.add(invalid("planNumber"));
            }
        }
        LocalDate congressDate = current.congressDate();
        if (patch.has("congressDate")) {
            JsonNode node = patch.get("congressDate");
            if (node.isNull()) {
                congressDate = null;
            } else {
                congressDate = parseDate(node);
                if (congressDate == null) {
                    violations.add(new FieldViolation(
                            "congressDate", "INVALID_VALUE", "Ngày Đại hội phải có dạng yyyy-MM-dd."));
                } else if (!DateRange.CAMPAIGN.check("congressDate", congressDate, clock, violations)) {
                    congressDate = current.congressDate();
                }
            }
        }
        int windowDays = current.windowDays();
        if (patch.has("windowDays")) {
            JsonNode node = patch.get("windowDays");
            if (node.isNull()) {
                violations.add(required("windowDays"));
            } else if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                violations.add(invalid("windowDays"));
            } else {
                windowDays = node.intValue();
                checkWindowDays(windowDays, violations);
            }
        }
        Set<AwardForm> forms = current.awardForms();
        if (patch.has("awardForms")) {
            forms = awardForms(patch.get("awardForms"), violations);
        }
        Integer publicPostingDays = current.publicPostingDays();
        if (patch.has("publicPostingDays")) {
            // an explicit null goes back to the configured default
            JsonNode node = patch.get("publicPostingDays");
            if (node.isNull()) {
                publicPostingDays = null;
            } else if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                violations.add(invalid("publicPostingDays"));
            } else {
                publicPostingDays = node.intValue();
                checkPublicPostingDays(publicPostingDays, violations);
            }
        }
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        Campaign changed = new Campaign(
                current.id(),
                current.code(),
                title,
                planNumber,
                current.launchedOn(),
                congressDate,
                windowDays,
                forms,
                current.launchedBy(),
                current.createdAt(),
                current.createdBy(),
                publicPostingDays);
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

    private static void checkTitle(String title, List<FieldViolation> violations) {
        if (title == null) {
            violations.add(required("title"));
        } else if (title.length() > MAX_TITLE_LENGTH) {
            violations.add(
                    new FieldViolation("title", "SIZE", "Tên phong trào tối đa " + MAX_TITLE_LENGTH + " ký tự."));
        }
    }

    private static void checkPlanNumber(String planNumber, List<FieldViolation> violations) {
        if (planNumber != null && planNumber.length() > MAX_PLAN_NUMBER_LENGTH) {
            violations.add(new FieldViolation(
                    "planNumber", "SIZE", "Số kế hoạch tối đa " + MAX_PLAN_NUMBER_LENGTH + " ký tự."));
        }
    }

    private static void checkWindowDays(int windowDays, List<FieldViolation> violations) {
        if (windowDays < MIN_WINDOW_DAYS) {
            violations.add(new FieldViolation("windowDays", "MIN", "Thời hạn nộp hồ sơ phải từ 1 ngày trở lên."));
        } else if (windowDays > MAX_WINDOW_DAYS) {
            violations.add(new FieldViolation("windowDays", "MAX", "Thời hạn nộp hồ sơ không quá 365 ngày."));
        }
    }

    private static void checkPublicPostingDays(int days, List<FieldViolation> violations) {
        if (days < 0) {
            violations.add(new FieldViolation(
                    "publicPostingDays", "MIN", "Số ngày niêm yết công khai không được âm (0 = không niêm yết)."));
        } else if (days > MAX_PUBLIC_POSTING_DAYS) {
            violations.add(new FieldViolation(
                    "publicPostingDays",
                    "MAX",
                    "Thời gian niêm yết công khai không quá " + MAX_PUBLIC_POSTING_DAYS + " ngày làm việc."));
        }
    }

    private static Set<AwardForm> awardForms(List<AwardForm> values, List<FieldViolation> violations) {
        if (values == null || values.isEmpty()) {
            violations.add(new FieldViolation("awardForms", "REQUIRED", "Cần chọn ít nhất một hình thức khen thưởng."));
            return Set.of();
        }
        Set<AwardForm> forms = EnumSet.noneOf(AwardForm.class);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                violations.add(invalid("awardForms[" + i + "]"));
            } else {
                forms.add(values.get(i));
            }
        }
        return forms;
    }

    private static Set<AwardForm> awardForms(JsonNode node, List<FieldViolation> violations) {
        if (node == null || node.isNull() || (node.isArray() && node.isEmpty())) {
            return awardForms((List<AwardForm>) null, violations);
        }
        if (!node.isArray()) {
            violations.add(invalid("awardForms"));
            return Set.of();
        }
        List<AwardForm> forms = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            AwardForm form = enumValue(AwardForm.class, node.get(i));
            if (form == null) {
                violations.add(invalid("awardForms[" + i + "]"));
            } else {
                forms.add(form);
            }
        }
        return forms.isEmpty() ? Set.of() : EnumSet.copyOf(forms);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(node.asText())) {
                return value;
            }
        }
        return null;
    }

    private static LocalDate parseDate(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static FieldViolation required(String field) {
        return new FieldViolation(field, "REQUIRED", "Trường này là bắt buộc.");
    }

    private static FieldViolation invalid(String field) {
        return new FieldViolation(field, "INVALID_VALUE", "Giá trị không hợp lệ cho trường này.");
    }
}
