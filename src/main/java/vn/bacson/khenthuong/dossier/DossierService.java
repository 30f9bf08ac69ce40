package vn.bacson.khenthuong.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bacson.khenthuong.campaign.CampaignRepository;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.common.PageResult;
import vn.bacson.khenthuong.common.TextRules;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.unit.UnitRepository;

/**
 * A unit's dossiers: drafting (create, update), submitting to the process, withdrawing, and reading them
 * (a unit its own, staff all). Every change writes the dossier's history in the same transaction.
 */
@Service
@Transactional
public class DossierService {

    static final int MAX_IDEMPOTENCY_KEY = 200;
    static final String IDEMPOTENCY_KEY_FIELD = "Idempotency-Key";

    private final DossierRepository dossiers;
    private final DraftNominees drafts;
    private final HistoryRepository history;
    private final SubmitRequestRepository submitRequests;
    private final CampaignRepository campaigns;
    private final UnitRepository units;
    private final DossierWorkflow workflow;
    private final DossierAccess access;
    private final DossierReadModel readModel;
    private final Clock clock;
    private final ZoneId zone;

    DossierService(
            DossierRepository dossiers,
            NomineeRepository nominees,
            DocumentRepository documents,
            HistoryRepository history,
            SubmitRequestRepository submitRequests,
            CampaignRepository campaigns,
            UnitRepository units,
            DossierWorkflow workflow,
            DossierAccess access,
            DossierReadModel readModel,
            Clock clock,
            ZoneId businessZone) {
        this.dossiers = dossiers;
        this.drafts = new DraftNominees(nominees, documents);
        this.history = history;
        this.submitRequests = submitRequests;
        this.campaigns = campaigns;
        this.units = units;
        this.workflow = workflow;
        this.access = access;
        this.readModel = readModel;
        this.clock = clock;
        this.zone = businessZone;
    }

    /** A new DRAFT dossier of the caller's unit. */
    public DossierView create(DossierRequest request, CurrentUser user) {
        if (!user.canPropose()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Chỉ tài khoản của đơn vị đề nghị mới được lập hồ sơ.");
        }
        Instant now = clock.instant();
        List<FieldViolation> violations = new ArrayList<>(DossierValidator.validate(request, true, today(now)));
        violations.addAll(TextRules.violations(request));
        if (request.campaignId() != null && campaigns.find(request.campaignId()).isEmpty()) {
            violations.add(0, new FieldViolation("campaignId", "NOT_FOUND", "Không tìm thấy phong trào thi đua này."));
        }
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        if (units.find(user.unitCode()).isEmpty()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Tài khoản chưa gắn với một đơn vị đã đăng ký.");
        }
        UUID id = UUID.randomUUID();
        dossiers.insert(new Dossier(
                id,
                request.campaignId(),
                user.unitCode(),
                request.title().strip(),
                DossierStatus.DRAFT,
                null,
                null,
                null,
                null,
                now,
                user.username(),
                now,
                0));
        drafts.insertAll(id, request.nominees());
        history.add(id, now, user.username(), HistoryAction.CREATED, null, null);
        return readModel.view(reload(id));
    }

    /**
     * Rewrites title and nominees while the dossier is DRAFT or AMENDMENT_REQUESTED ({@link DraftNominees}): a
     * nominee with an id is updated (its check results reset), one without is added, one left out is removed with
     * its documents.
     */
    public DossierView update(UUID id, DossierRequest request, CurrentUser user) {
        Dossier dossier = access.editableLocked(id, user);
        Instant now = clock.instant();
        List<FieldViolation> violations = new ArrayList<>(DossierValidator.validate(request, false, today(now)));
        violations.addAll(TextRules.violations(request));
        if (request.campaignId() != null && !request.campaignId().equals(dossier.campaignId())) {
            violations.add(
                    0,
                    new FieldViolation(
                            "campaignId", "INVALID_VALUE", "Không thể chuyển hồ sơ sang phong trào thi đua khác."));
        }
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        drafts.rewrite(id, request.nominees());
        dossiers.updateTitle(id, request.title().strip(), now);
        history.add(id, now, user.username(), HistoryAction.UPDATED, stageOf(dossier), null);
        return readModel.view(reload(id));
    }

    /**
     * Hands the dossier to the process: a DRAFT starts it, an AMENDMENT_REQUESTED one goes back into it. The
     * process checks the window synchronously; its refusal rolls everything back, so the dossier stays as it was
     * and the Idempotency-Key is not kept. The same key again answers the dossier as it stands, doing nothing.
     */
    public DossierView submit(UUID id, String idempotencyKey, CurrentUser user) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > MAX_IDEMPOTENCY_KEY) {
            throw DomainException.invalid(
                    IDEMPOTENCY_KEY_FIELD, "SIZE", "Idempotency-Key tối đa " + MAX_IDEMPOTENCY_KEY + " ký tự.");
        }
        // the row lock comes first: a concurrent request with the same key waits here, then sees the key below
        Dossier dossier = access.ownLocked(id, user);
        if (key != null) {
            var seen = submitRequests.findDossier(user.username(), key);
            if (seen.isPresent()) {
                if (!seen.get().equals(id)) {
                    throw DomainException.invalid(
                            IDEMPOTENCY_KEY_FIELD,
                            "INVALID_VALUE",
                            "Idempotency-Key này đã được dùng để gửi một hồ sơ khác.");
                }
                return readModel.view(dossier);
            }
        }
        Instant now = clock.instant();
        switch (dossier.status()) {
            case DRAFT -> {
                dossiers.markSubmitted(id, now);
                history.add(id, now, user.username(), HistoryAction.SUBMITTED, null, null);
                workflow.start(reload(id));
            }
            case AMENDMENT_REQUESTED -> {
                history.add(id, now, user.username(), HistoryAction.RESUBMITTED, Stage.AMENDMENT, null);
                workflow.resubmit(dossier, user.username());
            }
            case SUBMITTED, IN_REVIEW, PROVINCE_PENDING ->
                throw new DomainException(ErrorCode.DOSSIER_ALREADY_SUBMITTED);
            default ->
                throw new DomainException(
                        ErrorCode.DOSSIER_ALREADY_SUBMITTED,
                        "Hồ sơ đã được gửi và đã kết thúc xử lý, không thể gửi lại.");
        }
        if (key != null) {
            submitRequests.insert(user.username(), key, id, now);
        }
        return readModel.view(reload(id));
    }

    /** The unit takes its dossier back while no final result exists; a draft is withdrawn without the process. */
    public DossierView withdraw(UUID id, CurrentUser user) {
        Dossier dossier = access.ownLocked(id, user);
        if (!dossier.isWithdrawable()) {
            throw new DomainException(ErrorCode.DOSSIER_NOT_WITHDRAWABLE);
        }
        if (dossier.status() == DossierStatus.DRAFT) {
            Instant now = clock.instant();
            dossiers.updateStatus(id, DossierStatus.WITHDRAWN, null, now);
            history.add(id, now, user.username(), HistoryAction.WITHDRAWN, null, null);
        } else {
            workflow.withdraw(dossier, user.username());
        }
        return readModel.view(reload(id));
    }

    @Transactional(readOnly = true)
    public DossierView view(UUID id, CurrentUser user) {
        return readModel.view(access.visible(id, user));
    }

    /**
     * The caller's unit's dossiers in one line each (withdrawn ones left out), latest change first, at most
     * {@code limit}; empty for a caller who does not propose for a unit. {@code campaignId} null = every campaign.
     */
    @Transactional(readOnly = true)
    public List<DossierSummary> unitSummaries(CurrentUser user, UUID campaignId, int limit) {
        if (!user.canPropose()) {
            return List.of();
        }
        return readModel.summaries(user.unitCode(), campaignId, limit);
    }

    /** Filters may be null. A unit user only ever sees their own unit's dossiers, whatever unit they ask for. */
    @Transactional(readOnly = true)
    public PageResult<DossierView> list(
            UUID campaignId, DossierStatus status, String unit, PageQuery page, CurrentUser user) {
        String unitCode = unit == null || unit.isBlank() ? null : unit.strip();
        if (!user.isStaff()) {
            if (user.unitCode() == null || (unitCode != null && !unitCode.equals(user.unitCode()))) {
                return page.result(List.of(), 0);
            }
            unitCode = user.unitCode();
        }
        DossierRepository.Filter filter = new DossierRepository.Filter(campaignId, status, unitCode);
        List<Dossier> found = dossiers.findPage(filter, page.offset(), page.size());
        return page.result(readModel.views(found), dossiers.count(filter));
    }

    private Dossier reload(UUID id) {
        return dossiers.find(id).orElseThrow(() -> new DomainException(ErrorCode.DOSSIER_NOT_FOUND));
    }

    private LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, zone);
    }

    static Stage stageOf(Dossier dossier) {
        return dossier.status() == DossierStatus.AMENDMENT_REQUESTED ? Stage.AMENDMENT : null;
    }
}
