package vn.bacson.khenthuong.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.campaign.CampaignRepository;
import vn.bacson.khenthuong.common.DateRange;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.common.Ids;
import vn.bacson.khenthuong.common.TextRules;
import vn.bacson.khenthuong.council.CouncilVoteRule;
import vn.bacson.khenthuong.dossier.Appraisal;
import vn.bacson.khenthuong.dossier.ChairmanAward;
import vn.bacson.khenthuong.dossier.Dossier;
import vn.bacson.khenthuong.dossier.DossierRepository;
import vn.bacson.khenthuong.dossier.HistoryAction;
import vn.bacson.khenthuong.dossier.HistoryRepository;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.dossier.Outcome;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.steps.RejectionCause;

/**
 * Completes a review task with its stage's payload (API.md "Tasks"): validates the payload against the stage
 * and the dossier's nominees, records each nominee's result and the history, and completes the engine task.
 * Exactly one completion ever wins: a task that is gone or completed concurrently answers 409.
 */
@Service
public class TaskCompletionService {

    /** Reviewer outcomes of a stage. */
    enum ReviewOutcome {
        FORWARD,
        RETURN,
        REJECT,
        DECIDE
    }

    private static final Set<ReviewOutcome> SELECTION_OUTCOMES =
            EnumSet.of(ReviewOutcome.FORWARD, ReviewOutcome.RETURN, ReviewOutcome.REJECT);
    private static final Set<ReviewOutcome> CHAIRMAN_OUTCOMES = EnumSet.of(ReviewOutcome.DECIDE, ReviewOutcome.RETURN);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Transient variable of API completions, so the Tasklist listener knows the work is already done. */
    static final String COMPLETED_THROUGH_API = "completedThroughApi";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final TaskRaces races;
    private final IdentityService identity;
    private final DossierRepository dossiers;
    private final NomineeRepository nominees;
    private final HistoryRepository history;
    private final CampaignRepository campaigns;
    private final CouncilVoteRule councilRule;
    private final Clock clock;

    public TaskCompletionService(
            TaskService tasks,
            RuntimeService runtime,
            TaskRaces races,
            IdentityService identity,
            DossierRepository dossiers,
            NomineeRepository nominees,
            HistoryRepository history,
            CampaignRepository campaigns,
            CouncilVoteRule councilRule,
            Clock clock) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.races = races;
        this.identity = identity;
        this.dossiers = dossiers;
        this.nominees = nominees;
        this.history = history;
        this.campaigns = campaigns;
        this.councilRule = councilRule;
        this.clock = clock;
    }

    /**
     * @return the id of the dossier the task belonged to. Everything the completion needs is read before the first
     *     engine write; a failure caused by a concurrent claim or completion answers 409 ({@link TaskRaces}).
     */
    public UUID complete(String taskId, CurrentUser user, JsonNode payload) {
        return complete(taskId, user, payload, null);
    }

    /**
     * Completes a task, possibly for the colleague who holds it (onBehalfOf: a delegation in force, checked by the
     * caller of this method); the history line then says so.
     *
     * @return the id of the dossier the task belonged to
     */
    public UUID complete(String taskId, CurrentUser user, JsonNode payload, OnBehalfOf onBehalfOf) {
        TextRules.require(payload);
        return races.guard(
                taskId,
                user,
                TaskRaces.Attempt.COMPLETE,
                () -> EngineAccess.asSystem(identity, () -> completeAsSystem(taskId, user, payload, onBehalfOf)));
    }

    private UUID completeAsSystem(String taskId, CurrentUser user, JsonNode payload, OnBehalfOf onBehalfOf) {
        Task task =
                taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw races.gone(taskId, user);
        }
        Stage stage = Stage.ofTaskDefinitionKey(task.getTaskDefinitionKey())
                .orElseThrow(() -> new DomainException(ErrorCode.TASK_NOT_FOUND));
        // the dossier is the process's business key: a query, not a variable read, so nothing is loaded into the
        // engine's entity cache that a concurrent completion could make stale
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult();
        UUID dossierId = instance == null ? null : Ids.uuidOrNull(instance.getBusinessKey());
        if (dossierId == null) {
            throw races.gone(taskId, user); // the process ended since the task query above
        }
        Dossier dossier = dossiers.find(dossierId).orElseThrow(() -> new DomainException(ErrorCode.TASK_NOT_FOUND));
        if (stage == Stage.AMENDMENT) {
            if (user.unitCode() != null && user.unitCode().equals(dossier.unitCode())) {
                throw new DomainException(
                        ErrorCode.VALIDATION_FAILED,
                        "Công việc bổ sung hồ sơ không hoàn thành tại đây: đơn vị sửa hồ sơ rồi nộp lại hồ sơ.");
            }
            throw new DomainException(ErrorCode.TASK_NOT_FOUND);
        }
        if (!user.has(stage.candidateGroup())) {
            throw new DomainException(ErrorCode.TASK_NOT_FOUND);
        }
        boolean forHolder = onBehalfOf != null && onBehalfOf.username().equals(task.getAssignee());
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username()) && !forHolder) {
            throw new DomainException(ErrorCode.TASK_ALREADY_CLAIMED);
        }
        JsonNode body = payload == null || payload.isNull() ? null : payload;
        if (body != null && !body.isObject()) {
            throw new DomainException(ErrorCode.MALFORMED_REQUEST);
        }
        Completion completion = prepare(stage, dossier, body);
        // engine writes from here on: claim first, so a concurrent completion blocks on (or fails at) the task row
        if (task.getAssignee() == null) {
            tasks.claim(taskId, user.username());
        }
        Map<String, Object> variables =
                apply(completion, dossierId, stage, user.username(), forHolder ? onBehalfOf : null);
        variables.put(COMPLETED_THROUGH_API, Variables.booleanValue(true, true));
        tasks.complete(taskId, variables);
        return dossierId;
    }

    /**
     * A review task completed in Camunda Tasklist (its Camunda Form posts the same keys as the API payload):
     * the same validation and the same writes as {@link #complete}, called by the task's complete listener.
     * Completions made through {@link #complete} carry a transient marker and are left alone.
     */
    void completedInTasklist(DelegateTask task, JsonNode payload, String username, List<String> groups) {
        if (task.getVariable(COMPLETED_THROUGH_API) != null) {
            return;
        }
        TextRules.require(payload);
        Stage stage = Stage.ofTaskDefinitionKey(task.getTaskDefinitionKey())
                .orElseThrow(() -> new IllegalStateException("no stage for task " + task.getTaskDefinitionKey()));
        if (stage == Stage.AMENDMENT) {
            throw new DomainException(
                    ErrorCode.VALIDATION_FAILED, "Công việc bổ sung hồ sơ được hoàn thành khi đơn vị nộp lại hồ sơ.");
        }
        if (username == null || !(groups.contains(stage.candidateGroup()) || groups.contains(Roles.ADMIN))) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
        UUID dossierId = CommendationProposalVariables.dossierId(task);
        Dossier dossier = dossiers.find(dossierId).orElseThrow(() -> new DomainException(ErrorCode.TASK_NOT_FOUND));
        Completion completion;
        try {
            completion = prepare(stage, dossier, payload);
        } catch (DomainException e) {
            // Tasklist shows only the message: name each field and what is wrong with it
            String fields = e.violations().stream()
                    .map(v -> v.field() + ": " + v.message())
                    .collect(Collectors.joining("; "));
            throw new DomainException(
                    e.code(), fields.isEmpty() ? e.getMessage() : e.getMessage() + " " + fields, e.violations());
        }
        task.getExecution().setVariables(apply(completion, dossierId, stage, username, null));
    }

    /** Validates a stage's payload against the dossier's nominees; nothing is written yet. */
    private Completion prepare(Stage stage, Dossier dossier, JsonNode body) {
        List<Nominee> all = nominees.findByDossier(dossier.id());
        Campaign campaign = campaigns
                .find(dossier.campaignId())
                .orElseThrow(() -> new IllegalStateException("campaign of dossier " + dossier.id() + " is gone"));
        return switch (stage) {
            case PARTY_BUILDING_SELECTION -> selection(body, all);
            case CULTURE_SOCIAL_APPRAISAL -> appraisal(body, all, campaign);
            case COUNCIL_REVIEW -> council(body, all);
            case CHAIRMAN_DECISION -> chairman(body, all, campaign);
            case AMENDMENT -> throw new IllegalStateException("unreachable");
        };
    }

    /** Writes the nominees' results and the history; @return the variables to hand to the process. */
    private Map<String, Object> apply(
            Completion completion, UUID dossierId, Stage stage, String username, OnBehalfOf onBehalfOf) {
        completion.writes().forEach(Runnable::run);
        String comment = onBehalfOf == null ? completion.comment() : onBehalfOf.historyComment(completion.comment());
        history.add(dossierId, clock.instant(), username, completion.action(), stage, comment);
        Map<String, Object> variables = new HashMap<>(completion.variables());
        if (stage == Stage.CHAIRMAN_DECISION) {
            variables.put(CommendationProposalVariables.DECIDED_BY, username);
        }
        return variables;
    }

    /** What a completion writes, records in the history and hands to the process. */
    private record Completion(
            List<Runnable> writes, HistoryAction action, String comment, Map<String, Object> variables) {}

    private Completion selection(JsonNode body, List<Nominee> all) {
        PayloadReader in = new PayloadReader();
        ReviewOutcome outcome = in.enumValue(body, "outcome", "outcome", ReviewOutcome.class, SELECTION_OUTCOMES, true);
        String comment = comment(in, body, outcome);
        boolean forward = outcome == ReviewOutcome.FORWARD;
        Map<UUID, Item> items = items(in, body, all, forward, "MISSING_NOMINEE", ErrorCode.VALIDATION_FAILED);
        Map<UUID, Boolean> selected = new LinkedHashMap<>();
        if (forward && items != null) {
            readEach(
                    items, (field, id, item) -> selected.put(id, in.bool(item, "selected", field + ".selected", true)));
            if (in.violations().isEmpty() && !selected.containsValue(Boolean.TRUE)) {
                in.add(
                        "nominees",
                        "NONE_SELECTED",
                        "Cần chọn ít nhất một đối tượng; nếu không chọn ai, hãy chọn Từ chối (REJECT).");
            }
        }
        failIfInvalid(in);
        List<Runnable> writes = new ArrayList<>();
        selected.forEach((id, chosen) -> writes.add(() -> {
            nominees.updateSelection(id, chosen);
            if (!chosen) {
                nominees.updateOutcome(id, Outcome.NOT_AWARDED, null);
            }
        }));
        return review(outcome, comment, HistoryAction.SELECTED, writes);
    }

    private Completion appraisal(JsonNode body, List<Nominee> all, Campaign campaign) {
        PayloadReader in = new PayloadReader();
        ReviewOutcome outcome = in.enumValue(body, "outcome", "outcome", ReviewOutcome.class, SELECTION_OUTCOMES, true);
        String comment = comment(in, body, outcome);
        boolean forward = outcome == ReviewOutcome.FORWARD;
        Map<UUID, Item> items = items(in, body, all, forward, "MISSING_NOMINEE", ErrorCode.VALIDATION_FAILED);
        List<Runnable> writes = new ArrayList<>();
        boolean[] anyPassed = {false};
        if (forward && items != null) {
            Map<UUID, Nominee> byId = byId(all);
            readEach(items, (field, nomineeId, item) -> {
                Appraisal appraisal = in.enumValue(
                        item, "appraisal", field + ".appraisal", Appraisal.class, EnumSet.allOf(Appraisal.class), true);
                AwardForm recommended = in.enumValue(
                        item,
                        "recommendedAward",
                        field + ".recommendedAward",
                        AwardForm.class,
                        EnumSet.allOf(AwardForm.class),
                        false);
                String note = in.text(item, "note", field + ".note", false);
                if (recommended != null && !campaign.awardForms().contains(recommended)) {
                    in.add(
                            field + ".recommendedAward",
                            "AWARD_FORM_NOT_IN_CAMPAIGN",
                            "Phong trào này không có hình thức khen thưởng này.");
                }
                if (appraisal != null) {
                    UUID id = nomineeId;
                    AwardForm award = recommended != null
                            ? recommended
                            : appraisal == Appraisal.DAT ? byId.get(id).proposedAward() : null;
                    anyPassed[0] |= appraisal == Appraisal.DAT;
                    writes.add(() -> {
                        nominees.updateAppraisal(id, appraisal, award, note);
                        if (appraisal == Appraisal.KHONG_DAT) {
                            nominees.updateOutcome(id, Outcome.NOT_AWARDED, null);
                        }
                    });
                }
            });
            if (in.violations().isEmpty() && !anyPassed[0]) {
                in.add(
                        "nominees",
                        "NONE_PASSED",
                        "Cần ít nhất một đối tượng đạt; nếu không đối tượng nào đạt, hãy chọn Từ chối (REJECT).");
            }
        }
        failIfInvalid(in);
        return review(outcome, comment, HistoryAction.APPRAISED, forward ? writes : List.of());
    }

    private Completion council(JsonNode body, List<Nominee> all) {
        PayloadReader in = new PayloadReader();
        LocalDate meetingDate = in.date(body, "meetingDate", "meetingDate", true);
        if (!DateRange.RECENT_PAST.check("meetingDate", meetingDate, clock, in.violations())) {
            meetingDate = null;
        }
        Integer total = in.integer(body, "membersTotal", "membersTotal", true);
        Integer present = in.integer(body, "membersPresent", "membersPresent", true);
        Integer written = in.integer(body, "absentWrittenOpinions", "absentWrittenOpinions", false);
        String comment = in.text(body, "comment", "comment", false);
        if (total != null && total < 1) {
            in.add("membersTotal", "MIN", "Hội đồng phải có ít nhất 1 thành viên.");
            total = null;
        }
        if (present != null && present < 0) {
            in.add("membersPresent", "MIN", "Số thành viên có mặt không được âm.");
            present = null;
        } else if (present != null && total != null && present > total) {
            in.add("membersPresent", "MAX", "Số thành viên có mặt không được vượt quá tổng số thành viên.");
            present = null;
        } else if (present != null && total != null && !councilRule.hasQuorum(present, total)) {
            in.add(
                    "membersPresent",
                    "QUORUM_NOT_MET",
                    "Cuộc họp chưa đủ số thành viên tham dự theo quy chế (cần ít nhất " + councilRule.quorumOf(total)
                            + "/" + total + " thành viên có mặt).");
        }
        if (written != null && (written < 0 || (present != null && total != null && written > total - present))) {
            in.add(
                    "absentWrittenOpinions",
                    "INVALID_VALUE",
                    "Số ý kiến bằng văn bản phải từ 0 đến số thành viên vắng mặt.");
        }
        Map<UUID, Item> items = items(in, body, all, true, "MISSING_NOMINEE", ErrorCode.INCOMPLETE_VOTES);
        Map<UUID, Integer> votes = new LinkedHashMap<>();
        if (items != null) {
            Integer max = present;
            readEach(items, (field, nomineeId, item) -> {
                Integer v = in.integer(item, "votesFor", field + ".votesFor", true);
                if (v != null && v < 0) {
                    in.add(field + ".votesFor", "MIN", "Số phiếu tán thành không được âm.");
                } else if (v != null && max != null && v > max) {
                    in.add(field + ".votesFor", "MAX", "Số phiếu tán thành không được vượt quá số thành viên có mặt.");
                } else if (v != null) {
                    votes.put(nomineeId, v);
                }
            });
        }
        failIfInvalid(in);
        List<Runnable> writes = new ArrayList<>();
        // the votes are stored now; ServiceTask_TallyCouncilVotes decides pass or fail in the same transaction
        votes.forEach((id, v) -> writes.add(() -> nominees.updateCouncilVote(id, v, false)));
        Map<String, Object> variables = new HashMap<>();
        variables.put(CommendationProposalVariables.MEMBERS_TOTAL, total);
        variables.put(CommendationProposalVariables.MEMBERS_PRESENT, present);
        String summary = "Họp ngày " + DATE.format(meetingDate) + ": " + present + "/" + total + " thành viên có mặt"
                + (written == null || written == 0 ? "" : ", " + written + " ý kiến bằng văn bản") + "."
                + (comment == null ? "" : " " + comment);
        return new Completion(writes, HistoryAction.COUNCIL_REVIEWED, summary, variables);
    }

    private Completion chairman(JsonNode body, List<Nominee> all, Campaign campaign) {
        PayloadReader in = new PayloadReader();
        ReviewOutcome outcome = in.enumValue(body, "outcome", "outcome", ReviewOutcome.class, CHAIRMAN_OUTCOMES, true);
        String comment = comment(in, body, outcome);
        boolean decide = outcome == ReviewOutcome.DECIDE;
        Map<UUID, Item> items = items(in, body, all, decide, "MISSING_NOMINEE", ErrorCode.VALIDATION_FAILED);
        Map<UUID, ChairmanAward> awards = new LinkedHashMap<>();
        if (decide && items != null) {
            readEach(items, (field, nomineeId, item) -> {
                ChairmanAward award = in.enumValue(
                        item, "award", field + ".award", ChairmanAward.class, EnumSet.allOf(ChairmanAward.class), true);
                if (award == ChairmanAward.PROPOSE_BANG_KHEN_CHU_TICH_TINH
                        && !campaign.awardForms().contains(AwardForm.BANG_KHEN_CHU_TICH_TINH)) {
                    in.add(
                            field + ".award",
                            "AWARD_FORM_NOT_IN_CAMPAIGN",
                            "Phong trào này không có hình thức Bằng khen của Chủ tịch UBND tỉnh.");
                } else if (award != null) {
                    awards.put(nomineeId, award);
                }
            });
        }
        failIfInvalid(in);
        if (!decide) {
            return review(outcome, comment, HistoryAction.DECIDED, List.of());
        }
        List<Runnable> writes = new ArrayList<>();
        awards.forEach((id, award) -> writes.add(() -> nominees.updateDecidedAward(id, award)));
        Map<String, Object> variables = new HashMap<>();
        variables.put(CommendationProposalVariables.OUTCOME, ReviewOutcome.DECIDE.name());
        variables.put(
                CommendationProposalVariables.GIAY_KHEN_COUNT, count(awards, ChairmanAward.GIAY_KHEN_CHU_TICH_XA));
        variables.put(
                CommendationProposalVariables.PROPOSE_BANG_KHEN_COUNT,
                count(awards, ChairmanAward.PROPOSE_BANG_KHEN_CHU_TICH_TINH));
        return new Completion(writes, HistoryAction.DECIDED, comment, variables);
    }

    /** RETURN and REJECT need a comment: the unit (or the history) must know why. */
    private static String comment(PayloadReader in, JsonNode body, ReviewOutcome outcome) {
        boolean required = outcome == ReviewOutcome.RETURN || outcome == ReviewOutcome.REJECT;
        return in.text(body, "comment", "comment", required);
    }

    /**
     * The nominees array: every entry must name a nominee of this dossier (else 400 UNKNOWN_NOMINEE), once, and
     * still in the running; when complete is asked for, every nominee still in the running must be listed.
     * Returns null when the array is absent or unusable.
     */
    private static Map<UUID, Item> items(
            PayloadReader in,
            JsonNode body,
            List<Nominee> all,
            boolean required,
            String missingCode,
            ErrorCode incompleteCode) {
        JsonNode array = in.array(body, "nominees", required);
        if (array == null) {
            return null;
        }
        Map<UUID, Nominee> byId = byId(all);
        Map<UUID, Item> items = new LinkedHashMap<>();
        List<FieldViolation> unknown = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String field = "nominees[" + i + "]";
            JsonNode item = array.get(i);
            if (!item.isObject()) {
                in.add(field, "INVALID_VALUE", "Mỗi phần tử phải là một đối tượng JSON.");
                continue;
            }
            UUID id = in.uuid(item, "nomineeId", field + ".nomineeId");
            if (id == null) {
                continue;
            }
            Nominee nominee = byId.get(id);
            if (nominee == null) {
                unknown.add(new FieldViolation(
                        field + ".nomineeId", ErrorCode.UNKNOWN_NOMINEE.name(), "Đối tượng này không thuộc hồ sơ."));
            } else if (items.containsKey(id)) {
                in.add(field + ".nomineeId", "DUPLICATE", "Đối tượng này được nêu nhiều lần.");
            } else if (required && !nominee.isInRunning()) {
                in.add(field + ".nomineeId", "NOT_IN_REVIEW", "Đối tượng này không còn trong danh sách xét.");
            } else {
                items.put(id, new Item(i, item));
            }
        }
        if (!unknown.isEmpty()) {
            throw new DomainException(ErrorCode.UNKNOWN_NOMINEE, ErrorCode.UNKNOWN_NOMINEE.message(), unknown);
        }
        if (required) {
            List<String> missing = all.stream()
                    .filter(Nominee::isInRunning)
                    .filter(n -> !items.containsKey(n.id()))
                    .map(Nominee::fullName)
                    .toList();
            if (!missing.isEmpty()) {
                FieldViolation violation = new FieldViolation(
                        "nominees", missingCode, "Chưa có kết quả cho: " + String.join(", ", missing) + ".");
                if (incompleteCode != ErrorCode.VALIDATION_FAILED
                        && in.violations().isEmpty()) {
                    throw new DomainException(incompleteCode, incompleteCode.message(), List.of(violation));
                }
                in.violations().add(violation);
            }
        }
        return items;
    }

    /** An entry of the nominees array and its position, for field names like nominees[2].votesFor. */
    private record Item(int index, JsonNode node) {}

    private interface ItemReader {
        void read(String field, UUID nomineeId, JsonNode node);
    }

    private static void readEach(Map<UUID, Item> items, ItemReader reader) {
        items.forEach((id, item) -> reader.read("nominees[" + item.index() + "]", id, item.node()));
    }

    private static void failIfInvalid(PayloadReader in) {
        if (!in.violations().isEmpty()) {
            throw DomainException.invalid(in.violations());
        }
    }

    private static Completion review(
            ReviewOutcome outcome, String comment, HistoryAction forwardAction, List<Runnable> writes) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CommendationProposalVariables.OUTCOME, outcome.name());
        HistoryAction action = forwardAction;
        if (outcome == ReviewOutcome.RETURN) {
            action = HistoryAction.RETURNED;
            variables.put(CommendationProposalVariables.RETURN_COMMENT, Variables.stringValue(comment, true));
        } else if (outcome == ReviewOutcome.REJECT) {
            action = HistoryAction.REJECTED;
            variables.put(CommendationProposalVariables.REJECTION_CAUSE, RejectionCause.REVIEWER.name());
        }
        return new Completion(writes, action, comment, variables);
    }

    private static Map<UUID, Nominee> byId(List<Nominee> all) {
        return all.stream().collect(Collectors.toMap(Nominee::id, Function.identity()));
    }

    private static int count(Map<UUID, ChairmanAward> awards, ChairmanAward award) {
        return (int) awards.values().stream().filter(a -> a == award).count();
    }
}
