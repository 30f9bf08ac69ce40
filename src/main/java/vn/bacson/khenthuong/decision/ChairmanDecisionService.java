package vn.bacson.khenthuong.decision;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.campaign.CampaignRepository;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.common.PageResult;
import vn.bacson.khenthuong.common.TextRules;
import vn.bacson.khenthuong.council.CouncilSessionService;
import vn.bacson.khenthuong.documents.AwardeeRow;
import vn.bacson.khenthuong.documents.AwardeeRows;
import vn.bacson.khenthuong.documents.CampaignTemplateSets;
import vn.bacson.khenthuong.documents.DecisionData;
import vn.bacson.khenthuong.documents.DocumentFormat;
import vn.bacson.khenthuong.documents.DocumentRenderer;
import vn.bacson.khenthuong.documents.OfficialDocument;
import vn.bacson.khenthuong.documents.OfficialDocuments;
import vn.bacson.khenthuong.documents.Rewards;
import vn.bacson.khenthuong.dossier.ChairmanAward;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeBatch;
import vn.bacson.khenthuong.dossier.NomineeBatches;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.stage.DecideAwards;
import vn.bacson.khenthuong.stage.DecisionOutcome;
import vn.bacson.khenthuong.stage.StageCompletions;
import vn.bacson.khenthuong.stage.StageCompletions.DossierCompletion;

/**
 * The chairman's Quyết định for a batch of dossiers under ONE number, and the decision documents: drawn up once
 * when the decision is taken (or on the first download of a decision the per-dossier path numbered), stored with
 * their SHA-256, and from then on served as stored — later edits of the dossiers do not change them.
 */
@Service
public class ChairmanDecisionService {

    /** The process variable RecordDecisionDelegate reads so the dossier joins this decision's number. */
    private static final NomineeBatch.Waiting WAITING =
            new NomineeBatch.Waiting(Stage.CHAIRMAN_DECISION, "NOT_AWAITING_DECISION", "không chờ Chủ tịch quyết định");

    private final DecisionNumberService numbers;
    private final DecisionStore store;
    private final CampaignRepository campaigns;
    private final NomineeRepository nominees;
    private final AwardeeRows rows;
    private final NomineeBatches batches;
    private final StageCompletions batch;
    private final CouncilSessionService councils;
    private final OfficialDocuments documents;
    private final DocumentRenderer renderer;
    private final CampaignTemplateSets templateSets;
    private final VerificationLinks links;
    private final Clock clock;
    private final ZoneId zone;

    ChairmanDecisionService(
            DecisionNumberService numbers,
            DecisionStore store,
            CampaignRepository campaigns,
            NomineeRepository nominees,
            AwardeeRows rows,
            NomineeBatches batches,
            StageCompletions batch,
            CouncilSessionService councils,
            OfficialDocuments documents,
            DocumentRenderer renderer,
            CampaignTemplateSets templateSets,
            VerificationLinks links,
            Clock clock,
            ZoneId businessZone) {
        this.numbers = numbers;
        this.store = store;
        this.campaigns = campaigns;
        this.nominees = nominees;
        this.rows = rows;
        this.batches = batches;
        this.batch = batch;
        this.councils = councils;
        this.documents = documents;
        this.renderer = renderer;
        this.templateSets = templateSets;
        this.links = links;
        this.clock = clock;
        this.zone = businessZone;
    }

    /** A checked batch: the awards of each dossier (request indexes) and the nominees. */
    private record Batch(Campaign campaign, NomineeBatch nominees, List<ChairmanAward> awards) {

        Map<UUID, List<Integer>> byDossier() {
            return nominees.byDossier();
        }

        boolean hasGiayKhen(UUID dossierId) {
            return byDossier().get(dossierId).stream()
                    .anyMatch(i -> awards.get(i) == ChairmanAward.GIAY_KHEN_CHU_TICH_XA);
        }
    }

    @Transactional
    public Decision decide(DecisionRequest request, CurrentUser user) {
        TextRules.require(request);
        Batch checked = check(request, user);
        Decision decision = numbers.issue(checked.campaign().id(), user.username(), blankToNull(request.comment()));
        for (Map.Entry<UUID, List<Integer>> entry : checked.byDossier().entrySet()) {
            UUID dossierId = entry.getKey();
            boolean giayKhen = checked.hasGiayKhen(dossierId);
            store.link(decision.id(), dossierId);
            DecideAwards command = new DecideAwards(
                    DecisionOutcome.DECIDE,
                    request.comment(),
                    entry.getValue().stream()
                            .map(i -> new DecideAwards.Nominee(
                                    request.awards().get(i).nomineeId(),
                                    checked.awards().get(i)))
                            .toList());
            try {
                batch.completeAll(
                        Stage.CHAIRMAN_DECISION,
                        user,
                        List.of(new DossierCompletion(dossierId, command, giayKhen ? decision.id() : null)));
            } catch (DomainException e) {
                throw checked.nominees().inRequestTerms(e, dossierId);
            }
        }
        freeze(decision);
        return decision;
    }

    /** The draft Quyết định of a batch, before signing: no number is taken, nothing is stored. */
    public byte[] preview(DecisionRequest request, CurrentUser user, DocumentFormat format) {
        TextRules.require(request);
        Batch checked = check(request, user);
        List<Nominee> awarded = new ArrayList<>();
        checked.byDossier()
                .values()
                .forEach(indexes -> indexes.stream()
                        .filter(i -> checked.awards().get(i) == ChairmanAward.GIAY_KHEN_CHU_TICH_XA)
                        .forEach(i -> awarded.add(checked.nominees()
                                .nominee(request.awards().get(i).nomineeId()))));
        Campaign campaign = checked.campaign();
        DecisionData data = new DecisionData(
                null,
                LocalDate.now(clock.withZone(zone)),
                campaign,
                templateSets.of(campaign.id()),
                rows.of(awarded, n -> Rewards.GIAY_KHEN),
                councils.latestMeetingDate(campaign.id()).orElse(null));
        return renderer.render(documents.decision(data), format);
    }

    private Batch check(DecisionRequest request, CurrentUser user) {
        if (!user.has(Roles.CHAIRMAN)) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
        if (request.campaignId() == null) {
            throw DomainException.invalid("campaignId", "REQUIRED", "Trường này là bắt buộc.");
        }
        Campaign campaign = campaigns
                .find(request.campaignId())
                .orElseThrow(() -> new DomainException(ErrorCode.CAMPAIGN_NOT_FOUND));
        List<DecisionRequest.Award> awards = request.awards() == null ? List.of() : request.awards();
        if (awards.isEmpty()) {
            throw DomainException.invalid("awards", "REQUIRED", "Cần quyết định cho ít nhất một đối tượng.");
        }
        List<FieldViolation> invalid = new ArrayList<>();
        List<ChairmanAward> parsed = new ArrayList<>();
        for (int i = 0; i < awards.size(); i++) {
            DecisionRequest.Award award = awards.get(i);
            ChairmanAward value = award == null ? null : parse(award.award());
            parsed.add(value);
            if (award != null && award.nomineeId() != null && value == null) {
                invalid.add(new FieldViolation(
                        "awards[" + i + "].award",
                        award.award() == null ? "REQUIRED" : "INVALID_VALUE",
                        "Giá trị phải là một trong: GIAY_KHEN_CHU_TICH_XA, NONE, PROPOSE_BANG_KHEN_CHU_TICH_TINH."));
            }
        }
        List<UUID> nomineeIds =
                awards.stream().map(a -> a == null ? null : a.nomineeId()).toList();
        NomineeBatch grouped = batches.group("awards", campaign.id(), nomineeIds, WAITING, invalid);
        invalid.addAll(batches.missingNominees(grouped, nomineeIds, "quyết định"));
        if (invalid.isEmpty() && parsed.stream().noneMatch(a -> a == ChairmanAward.GIAY_KHEN_CHU_TICH_XA)) {
            invalid.add(
                    new FieldViolation(
                            "awards",
                            "NO_GIAY_KHEN",
                            "Quyết định cần ít nhất một tập thể, cá nhân được "
                                    + "tặng Giấy khen; đề nghị tỉnh khen thưởng được quyết định tại trang công việc của từng hồ sơ."));
        }
        if (!invalid.isEmpty()) {
            throw DomainException.invalid(invalid);
        }
        return new Batch(campaign, grouped, parsed);
    }

    public Optional<Decision> find(UUID id) {
        return numbers.find(id);
    }

    public PageResult<Decision> list(UUID campaignId, PageQuery page) {
        return page.result(
                store.findByCampaign(campaignId, page.offset(), page.size()), store.countByCampaign(campaignId));
    }

    public List<UUID> dossierIds(UUID decisionId) {
        return store.dossierIds(decisionId);
    }

    public List<FrozenDocument> frozen(UUID decisionId) {
        return store.documents(decisionId);
    }

    /** The decision's document as signed: the stored bytes, drawn up and frozen on first use if need be. */
    public byte[] document(Decision decision, DocumentFormat format) {
        return store.content(decision.id(), format).orElseGet(() -> {
            freeze(decision);
            return store.content(decision.id(), format).orElseThrow();
        });
    }

    public String fileName(Decision decision) {
        return "quyet-dinh-" + decision.number();
    }

    /** Draws up both forms of the decision and stores them with their hashes; a form stored already stays. */
    void freeze(Decision decision) {
        Campaign campaign = campaigns
                .find(decision.campaignId())
                .orElseThrow(() -> new IllegalStateException("campaign of decision " + decision.id() + " is gone"));
        List<UUID> ids = store.awardeeIds(decision.id());
        Map<UUID, Nominee> found = new HashMap<>();
        nominees.findAll(ids).forEach(n -> found.put(n.id(), n));
        List<Nominee> ordered = ids.stream().map(found::get).toList();
        List<AwardeeRow> awardees = rows.of(ordered, n -> Rewards.GIAY_KHEN);
        OfficialDocument document = links.withQr(
                documents.decision(new DecisionData(
                        decision.number(),
                        decision.decidedOn(),
                        campaign,
                        templateSets.of(campaign.id()),
                        awardees,
                        councils.latestMeetingDate(campaign.id()).orElse(null))),
                VerificationCode.decision(decision.id()));
        Set<DocumentFormat> stored = new HashSet<>();
        store.documents(decision.id()).forEach(d -> stored.add(d.format()));
        for (DocumentFormat format : DocumentFormat.values()) {
            if (stored.contains(format)) {
                continue;
            }
            byte[] bytes = renderer.render(document, format);
            try {
                store.store(decision.id(), format, bytes, sha256(bytes), clock.instant());
            } catch (DuplicateKeyException concurrentFreeze) {
                // another request froze this form first: the stored one is the decision
            }
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ChairmanAward parse(String value) {
        if (value == null) {
            return null;
        }
        for (ChairmanAward award : ChairmanAward.values()) {
            if (award.name().equals(value)) {
                return award;
            }
        }
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
