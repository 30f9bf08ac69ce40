package vn.bacson.khenthuong.steps;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.campaign.CampaignRepository;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.dossier.Appraisal;
import vn.bacson.khenthuong.dossier.ChairmanAward;
import vn.bacson.khenthuong.dossier.Dossier;
import vn.bacson.khenthuong.dossier.HistoryAction;
import vn.bacson.khenthuong.dossier.HistoryRepository;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.dossier.Outcome;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.stage.AppraiseDossier;
import vn.bacson.khenthuong.stage.CommandFields;
import vn.bacson.khenthuong.stage.DecideAwards;
import vn.bacson.khenthuong.stage.DecisionOutcome;
import vn.bacson.khenthuong.stage.ReviewInCouncil;
import vn.bacson.khenthuong.stage.ReviewOutcome;
import vn.bacson.khenthuong.stage.SelectNominees;
import vn.bacson.khenthuong.stage.StageCommands;
import vn.bacson.khenthuong.stage.StageInput;
import vn.bacson.khenthuong.steps.NomineeRows.Row;

/**
 * What a stage's command means for the dossier, whichever screen sent it (API, task page, batch, Tasklist): its
 * field errors together with those of the rules that need the dossier's nominees and campaign ({@link #prepare}),
 * then the nominees' results, the history line ({@link #record}); the process turns the result into its variables.
 */
@Component
public class StageRules {

    private final NomineeRepository nominees;
    private final CampaignRepository campaigns;
    private final HistoryRepository history;
    private final StageCommands commands;
    private final CouncilReviewRules council;
    private final Clock clock;

    StageRules(
            NomineeRepository nominees,
            CampaignRepository campaigns,
            HistoryRepository history,
            StageCommands commands,
            CouncilReviewRules council,
            Clock clock) {
        this.nominees = nominees;
        this.campaigns = campaigns;
        this.history = history;
        this.commands = commands;
        this.council = council;
        this.clock = clock;
    }

    /** Checks the command against the stage and the dossier's nominees; nothing is written yet. */
    public StageResult prepare(Dossier dossier, StageInput input) {
        List<Nominee> all = nominees.findByDossier(dossier.id());
        Campaign campaign = campaigns
                .find(dossier.campaignId())
                .orElseThrow(() -> new IllegalStateException("campaign of dossier " + dossier.id() + " is gone"));
        Violations found = new Violations(
                commands.violations(input), CommandFields.order(input.command().getClass()));
        return switch (input.stage()) {
            case PARTY_BUILDING_SELECTION -> selection((SelectNominees) input.command(), all, found);
            case CULTURE_SOCIAL_APPRAISAL -> appraisal((AppraiseDossier) input.command(), all, campaign, found);
            case COUNCIL_REVIEW -> council.prepare((ReviewInCouncil) input.command(), all, found);
            case CHAIRMAN_DECISION -> chairman((DecideAwards) input.command(), all, campaign, found);
            case AMENDMENT -> throw new IllegalStateException("no command for " + Stage.AMENDMENT);
            case PROVINCE_APPRAISAL, PROVINCE_COUNCIL, PROVINCE_DECISION ->
                throw new IllegalStateException("a province stage belongs to a proposal, not a dossier");
        };
    }

    /** Writes the nominees' results and the history line (saying for whom, when a colleague stands in). */
    public void record(StageResult result, UUID dossierId, Stage stage, String username, OnBehalfOf onBehalfOf) {
        result.writes().forEach(Runnable::run);
        String comment = onBehalfOf == null ? result.comment() : onBehalfOf.historyComment(result.comment());
        history.add(dossierId, clock.instant(), username, result.action(), stage, comment);
    }

    private StageResult selection(SelectNominees command, List<Nominee> all, Violations found) {
        boolean forward = command.outcome() == ReviewOutcome.FORWARD;
        List<Row<SelectNominees.Nominee>> rows =
                NomineeRows.check(command.nominees(), all, forward, ErrorCode.VALIDATION_FAILED, found);
        Map<UUID, Boolean> selected = new LinkedHashMap<>();
        if (forward && rows != null) {
            rows.stream()
                    .filter(r -> r.entry().selected() != null)
                    .forEach(r -> selected.put(r.nominee().id(), r.entry().selected()));
            if (found.isEmpty() && !selected.containsValue(Boolean.TRUE)) {
                found.add(
                        "nominees",
                        "NONE_SELECTED",
                        "Cần chọn ít nhất một đối tượng; nếu không chọn ai, hãy chọn Từ chối (REJECT).");
            }
        }
        found.throwIfAny();
        List<Runnable> writes = new ArrayList<>();
        selected.forEach((id, chosen) -> writes.add(() -> {
            nominees.updateSelection(id, chosen);
            if (!chosen) {
                nominees.updateOutcome(id, Outcome.NOT_AWARDED, null);
            }
        }));
        return StageResult.review(command.outcome().name(), command.comment(), HistoryAction.SELECTED, writes);
    }

    private StageResult appraisal(AppraiseDossier command, List<Nominee> all, Campaign campaign, Violations found) {
        boolean forward = command.outcome() == ReviewOutcome.FORWARD;
        List<Row<AppraiseDossier.Nominee>> rows =
                NomineeRows.check(command.nominees(), all, forward, ErrorCode.VALIDATION_FAILED, found);
        List<Runnable> writes = new ArrayList<>();
        boolean anyPassed = false;
        if (forward && rows != null) {
            for (Row<AppraiseDossier.Nominee> row : rows) {
                Appraisal appraisal = row.entry().appraisal();
                AwardForm recommended = row.entry().recommendedAward();
                String note = row.entry().note();
                if (recommended != null && !campaign.awardForms().contains(recommended)) {
                    found.add(
                            row.field("recommendedAward"),
                            "AWARD_FORM_NOT_IN_CAMPAIGN",
                            "Phong trào này không có hình thức khen thưởng này.");
                }
                if (appraisal != null) {
                    UUID id = row.nominee().id();
                    AwardForm award = recommended != null
                            ? recommended
                            : appraisal == Appraisal.DAT ? row.nominee().proposedAward() : null;
                    anyPassed |= appraisal == Appraisal.DAT;
                    writes.add(() -> {
                        nominees.updateAppraisal(id, appraisal, award, note);
                        if (appraisal == Appraisal.KHONG_DAT) {
                            nominees.updateOutcome(id, Outcome.NOT_AWARDED, null);
                        }
                    });
                }
            }
            if (found.isEmpty() && !anyPassed) {
                found.add(
                        "nominees",
                        "NONE_PASSED",
                        "Cần ít nhất một đối tượng đạt; nếu không đối tượng nào đạt, hãy chọn Từ chối (REJECT).");
            }
        }
        found.throwIfAny();
        return StageResult.review(
                command.outcome().name(), command.comment(), HistoryAction.APPRAISED, forward ? writes : List.of());
    }

    private StageResult chairman(DecideAwards command, List<Nominee> all, Campaign campaign, Violations found) {
        boolean decide = command.outcome() == DecisionOutcome.DECIDE;
        List<Row<DecideAwards.Nominee>> rows =
                NomineeRows.check(command.nominees(), all, decide, ErrorCode.VALIDATION_FAILED, found);
        Map<UUID, ChairmanAward> awards = new LinkedHashMap<>();
        if (decide && rows != null) {
            for (Row<DecideAwards.Nominee> row : rows) {
                ChairmanAward award = row.entry().award();
                if (award == ChairmanAward.PROPOSE_BANG_KHEN_CHU_TICH_TINH
                        && !campaign.awardForms().contains(AwardForm.BANG_KHEN_CHU_TICH_TINH)) {
                    found.add(
                            row.field("award"),
                            "AWARD_FORM_NOT_IN_CAMPAIGN",
                            "Phong trào này không có hình thức Bằng khen của Chủ tịch UBND tỉnh.");
                } else if (award != null) {
                    awards.put(row.nominee().id(), award);
                }
            }
        }
        found.throwIfAny();
        if (!decide) {
            return StageResult.review(command.outcome().name(), command.comment(), HistoryAction.DECIDED, List.of());
        }
        List<Runnable> writes = new ArrayList<>();
        awards.forEach((id, award) -> writes.add(() -> nominees.updateDecidedAward(id, award)));
        return StageResult.decided(
                writes,
                command.comment(),
                count(awards, ChairmanAward.GIAY_KHEN_CHU_TICH_XA),
                count(awards, ChairmanAward.PROPOSE_BANG_KHEN_CHU_TICH_TINH));
    }

    private static int count(Map<UUID, ChairmanAward> awards, ChairmanAward award) {
        return (int) awards.values().stream().filter(a -> a == award).count();
    }
}
