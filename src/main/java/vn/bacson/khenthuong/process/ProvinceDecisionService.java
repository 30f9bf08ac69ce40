package vn.bacson.khenthuong.process;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bacson.khenthuong.common.DateRange;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.common.Formats;
import vn.bacson.khenthuong.common.TextRules;
import vn.bacson.khenthuong.dossier.Dossier;
import vn.bacson.khenthuong.dossier.DossierRepository;
import vn.bacson.khenthuong.dossier.DossierStatus;
import vn.bacson.khenthuong.dossier.HistoryAction;
import vn.bacson.khenthuong.dossier.HistoryRepository;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.dossier.Outcome;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;

/** Records the province's answer for the Bằng khen proposals of a PROVINCE_PENDING dossier; the dossier goes on to DECIDED. */
@Service
public class ProvinceDecisionService {

    private static final int MAX_NUMBER = 80;

    private final DossierRepository dossiers;
    private final NomineeRepository nominees;
    private final HistoryRepository history;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final Clock clock;
    private final ProvinceSettings settings;

    public ProvinceDecisionService(
            DossierRepository dossiers,
            NomineeRepository nominees,
            HistoryRepository history,
            RuntimeService runtime,
            IdentityService identity,
            Clock clock,
            ProvinceSettings settings) {
        this.settings = settings;
        this.dossiers = dossiers;
        this.nominees = nominees;
        this.history = history;
        this.runtime = runtime;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional
    public void record(UUID dossierId, CurrentUser user, ProvinceDecisionRequest request) {
        if (!user.has(Roles.CULTURE_SOCIAL)) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
        if (settings.isInternal()) {
            throw new DomainException(ErrorCode.PROVINCE_DECISION_INTERNAL);
        }
        TextRules.require(request);
        Dossier dossier = dossiers.lock(dossierId).orElseThrow(() -> new DomainException(ErrorCode.DOSSIER_NOT_FOUND));
        validate(request, clock);
        if (dossier.status() != DossierStatus.PROVINCE_PENDING) {
            throw new DomainException(ErrorCode.DOSSIER_NOT_PROVINCE_PENDING);
        }
        Map<UUID, Nominee> proposed = nominees.findByDossier(dossierId).stream()
                .filter(n -> n.outcome() == Outcome.PROPOSED_BANG_KHEN_CHU_TICH_TINH)
                .collect(Collectors.toMap(Nominee::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<FieldViolation> unknown = new ArrayList<>();
        for (int i = 0; i < request.nominees().size(); i++) {
            if (!proposed.containsKey(request.nominees().get(i).nomineeId())) {
                unknown.add(new FieldViolation(
                        "nominees[" + i + "].nomineeId",
                        ErrorCode.UNKNOWN_NOMINEE.name(),
                        "Đối tượng này không thuộc danh sách đề nghị Bằng khen của hồ sơ."));
            }
        }
        if (!unknown.isEmpty()) {
            throw new DomainException(ErrorCode.UNKNOWN_NOMINEE, ErrorCode.UNKNOWN_NOMINEE.message(), unknown);
        }
        List<String> unanswered = proposed.values().stream()
                .filter(n -> request.nominees().stream().noneMatch(item -> n.id().equals(item.nomineeId())))
                .map(Nominee::fullName)
                .toList();
        if (!unanswered.isEmpty()) {
            throw DomainException.invalid(
                    "nominees",
                    "MISSING_NOMINEE",
                    "Chưa có kết quả của tỉnh cho: " + String.join(", ", unanswered) + ".");
        }
        apply(dossierId, user.username(), request.decisionNumber().strip(), request.decidedOn(), awards(request));
    }

    /**
     * The province's answer, decided inside this system (app.province.mode=internal): the same outcomes, history and
     * message as an answer typed in, for a dossier still waiting for it.
     *
     * @param awarded each proposed nominee's answer (true: Bằng khen), in the order of the decision
     */
    @Transactional
    public void recordFromProvince(
            UUID dossierId, String actor, String number, LocalDate decidedOn, Map<UUID, Boolean> awarded) {
        Dossier dossier = dossiers.lock(dossierId).orElseThrow(() -> new DomainException(ErrorCode.DOSSIER_NOT_FOUND));
        if (dossier.status() != DossierStatus.PROVINCE_PENDING) {
            throw new DomainException(ErrorCode.DOSSIER_NOT_PROVINCE_PENDING);
        }
        apply(dossierId, actor, number, decidedOn, awarded);
    }

    private static Map<UUID, Boolean> awards(ProvinceDecisionRequest request) {
        Map<UUID, Boolean> awarded = new LinkedHashMap<>();
        request.nominees().forEach(item -> awarded.put(item.nomineeId(), item.awarded()));
        return awarded;
    }

    private void apply(UUID dossierId, String actor, String number, LocalDate decidedOn, Map<UUID, Boolean> answers) {
        int awarded = 0;
        for (Map.Entry<UUID, Boolean> item : answers.entrySet()) {
            boolean yes = Boolean.TRUE.equals(item.getValue());
            Outcome outcome = yes ? Outcome.BANG_KHEN_CHU_TICH_TINH : Outcome.NOT_AWARDED;
            nominees.updateProvinceDecision(item.getKey(), outcome, number, decidedOn);
            awarded += yes ? 1 : 0;
        }
        Instant now = clock.instant();
        history.add(
                dossierId,
                now,
                actor,
                HistoryAction.PROVINCE_DECIDED,
                null,
                "Quyết định số %s ngày %s của Chủ tịch UBND tỉnh: %d/%d đối tượng được tặng Bằng khen."
                        .formatted(number, Formats.date(decidedOn), awarded, answers.size()));
        // the answer is visible at once; the process records the notice and ends the dossier DECIDED
        dossiers.updateStatus(dossierId, DossierStatus.DECIDED, null, now);
        EngineAccess.asSystem(
                identity,
                () -> runtime.createMessageCorrelation(CommendationProposalVariables.MESSAGE_PROVINCE_DECISION_RECEIVED)
                        .processInstanceBusinessKey(dossierId.toString())
                        .correlate());
    }

    private static void validate(ProvinceDecisionRequest request, Clock clock) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request == null) {
            throw DomainException.invalid("decisionNumber", "REQUIRED", "Trường này là bắt buộc.");
        }
        if (request.decisionNumber() == null || request.decisionNumber().isBlank()) {
            violations.add(new FieldViolation("decisionNumber", "REQUIRED", "Trường này là bắt buộc."));
        } else if (request.decisionNumber().strip().length() > MAX_NUMBER) {
            violations.add(new FieldViolation("decisionNumber", "SIZE", "Tối đa " + MAX_NUMBER + " ký tự."));
        }
        if (request.decidedOn() == null) {
            violations.add(new FieldViolation("decidedOn", "REQUIRED", "Trường này là bắt buộc."));
        }
        DateRange.RECENT_PAST.check("decidedOn", request.decidedOn(), clock, violations);
        if (request.nominees() == null || request.nominees().isEmpty()) {
            violations.add(new FieldViolation("nominees", "REQUIRED", "Cần ít nhất một đối tượng."));
        } else {
            for (int i = 0; i < request.nominees().size(); i++) {
                ProvinceDecisionRequest.Item item = request.nominees().get(i);
                if (item == null || item.nomineeId() == null) {
                    violations.add(
                            new FieldViolation("nominees[" + i + "].nomineeId", "REQUIRED", "Trường này là bắt buộc."));
                }
                if (item == null || item.awarded() == null) {
                    violations.add(
                            new FieldViolation("nominees[" + i + "].awarded", "REQUIRED", "Trường này là bắt buộc."));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
    }
}
