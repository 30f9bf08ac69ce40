package vn.bacson.khenthuong.province;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.common.Formats;
import vn.bacson.khenthuong.commune.CommuneContext;
import vn.bacson.khenthuong.council.CouncilVoteRule;
import vn.bacson.khenthuong.dossier.Appraisal;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.dossier.Outcome;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.identity.UserDirectory;
import vn.bacson.khenthuong.notification.NoticePayload.ProvinceProposalNotice;
import vn.bacson.khenthuong.notification.NotificationEvent;
import vn.bacson.khenthuong.notification.NotificationRecorder;
import vn.bacson.khenthuong.process.ProvinceDecisionService;
import vn.bacson.khenthuong.process.ProvinceSteps;
import vn.bacson.khenthuong.province.ProposalStore.NomineeResult;
import vn.bacson.khenthuong.province.ProposalStore.Proposal;
import vn.bacson.khenthuong.stage.AppraiseProposal;
import vn.bacson.khenthuong.stage.DecideProvinceAwards;
import vn.bacson.khenthuong.stage.DecisionOutcome;
import vn.bacson.khenthuong.stage.NomineeEntry;
import vn.bacson.khenthuong.stage.ProposalOutcome;
import vn.bacson.khenthuong.stage.ReviewInProvinceCouncil;
import vn.bacson.khenthuong.stage.StageCommand;
import vn.bacson.khenthuong.stage.StageCommands;
import vn.bacson.khenthuong.stage.StageInput;

/**
 * The province's review of the communes' Bằng khen proposals: what each step of bpmn/ProvinceCommendation.bpmn and
 * each province task does to the proposal. The rules of a stage's command that need the proposal live here: every
 * nominee of the proposal answered and no other, the provincial council's quorum and threshold (the commune council's
 * rule, {@link CouncilVoteRule}), the Bằng khen only for those the council passed.
 */
@Service
class ProvinceReview implements ProvinceSteps {

    static final String SYSTEM = "system";

    private final ProposalStore store;
    private final NomineeRepository nominees;
    private final StageCommands commands;
    private final CouncilVoteRule voteRule;
    private final NotificationRecorder notifications;
    private final UserDirectory users;
    private final CommuneNames communes;
    private final ProvinceDecisionService communeAnswers;
    private final ProvinceDecisionDocuments documents;
    private final Clock clock;
    private final ZoneId zone;
    private final String submissionPattern;
    private final String decisionPattern;

    ProvinceReview(
            ProposalStore store,
            NomineeRepository nominees,
            StageCommands commands,
            CouncilVoteRule voteRule,
            NotificationRecorder notifications,
            UserDirectory users,
            CommuneNames communes,
            ProvinceDecisionService communeAnswers,
            ProvinceDecisionDocuments documents,
            Clock clock,
            ZoneId businessZone,
            @Value("${app.issuer.submission-number-pattern:{n}/TTr-UBND}") String submissionPattern,
            @Value("${app.province.decision-number-pattern:{n}/QĐ-UBND}") String decisionPattern) {
        this.store = store;
        this.nominees = nominees;
        this.commands = commands;
        this.voteRule = voteRule;
        this.notifications = notifications;
        this.users = users;
        this.communes = communes;
        this.communeAnswers = communeAnswers;
        this.documents = documents;
        this.clock = clock;
        this.zone = businessZone;
        this.submissionPattern = submissionPattern;
        this.decisionPattern = decisionPattern;
    }

    @Override
    public Optional<UUID> dossierProposed(UUID dossierId, String batchKey, int batchSize, String communeCode) {
        Instant now = clock.instant();
        Proposal proposal = store.lockByBatch(batchKey).orElseGet(() -> {
            int year = now.atZone(zone).getYear();
            Instant from = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
            Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
            String number = numbered(submissionPattern, store.countSent(communeCode, from, to) + 1);
            store.insert(UUID.randomUUID(), communeCode, batchKey, batchSize, number, now);
            return store.lockByBatch(batchKey).orElseThrow();
        });
        if (store.dossierIds(proposal.id()).contains(dossierId)) {
            return Optional.empty(); // a job that ran again after a crash
        }
        store.addDossier(proposal.id(), dossierId);
        nominees.findByDossier(dossierId).stream()
                .filter(n -> n.outcome() == Outcome.PROPOSED_BANG_KHEN_CHU_TICH_TINH)
                .forEach(n -> store.addNominee(proposal.id(), n.id()));
        if (store.dossierIds(proposal.id()).size() < proposal.batchSize()) {
            return Optional.empty();
        }
        store.history(
                proposal.id(),
                now,
                SYSTEM,
                "SENT",
                null,
                "UBND %s gửi Tờ trình số %s đề nghị Chủ tịch UBND tỉnh tặng Bằng khen."
                        .formatted(communes.name(communeCode), proposal.submissionNumber()));
        return Optional.of(proposal.id());
    }

    @Override
    public List<UUID> dossierIds(UUID proposalId) {
        return store.dossierIds(proposalId);
    }

    @Override
    public List<FormNominee> formNominees(UUID proposalId, Stage stage) {
        List<NomineeResult> results = store.nominees(proposalId);
        Map<UUID, String> names =
                nominees.findAll(ids(results)).stream().collect(Collectors.toMap(Nominee::id, Nominee::fullName));
        return results.stream()
                .filter(r -> switch (stage) {
                    case PROVINCE_COUNCIL -> Appraisal.DAT.name().equals(r.appraisal());
                    case PROVINCE_DECISION -> Boolean.TRUE.equals(r.passed());
                    default -> true;
                })
                .map(r -> new FormNominee(r.nomineeId(), names.get(r.nomineeId())))
                .toList();
    }

    @Override
    public void check(UUID proposalId, StageInput input) {
        Proposal proposal = store.find(proposalId).orElseThrow(() -> new DomainException(ErrorCode.TASK_NOT_FOUND));
        List<NomineeResult> results = store.nominees(proposal.id());
        List<FieldViolation> found = new ArrayList<>(commands.violations(input));
        List<FieldViolation> unknown = unknownNominees(input.command(), results);
        if (!unknown.isEmpty()) {
            throw new DomainException(ErrorCode.UNKNOWN_NOMINEE, ErrorCode.UNKNOWN_NOMINEE.message(), unknown);
        }
        StageCommand command = input.command();
        if (command instanceof AppraiseProposal a && a.outcome() == ProposalOutcome.FORWARD) {
            missing(a.nominees(), ids(results), found);
            if (a.nominees() != null
                    && a.nominees().stream().noneMatch(n -> n != null && n.appraisal() == Appraisal.DAT)) {
                found.add(new FieldViolation(
                        "nominees", "NONE_PASSED", "Không có đối tượng nào đạt: hãy trả lại đề nghị cho xã."));
            }
        } else if (command instanceof ReviewInProvinceCouncil c) {
            council(c, results, found);
        } else if (command instanceof DecideProvinceAwards d && d.outcome() == DecisionOutcome.DECIDE) {
            Set<UUID> passed = results.stream()
                    .filter(r -> Boolean.TRUE.equals(r.passed()))
                    .map(NomineeResult::nomineeId)
                    .collect(Collectors.toSet());
            missing(d.nominees(), passed, found);
            List<DecideProvinceAwards.Nominee> rows = d.nominees() == null ? List.of() : d.nominees();
            for (int i = 0; i < rows.size(); i++) {
                DecideProvinceAwards.Nominee row = rows.get(i);
                if (row != null && Boolean.TRUE.equals(row.awarded()) && !passed.contains(row.nomineeId())) {
                    found.add(new FieldViolation(
                            "nominees[" + i + "].awarded",
                            "NOT_PASSED",
                            "Đối tượng này không được Hội đồng Thi đua - Khen thưởng tỉnh thông qua."));
                }
            }
        }
        // RETURN: the comment is all it needs (the command's annotations)
        if (!found.isEmpty()) {
            throw DomainException.invalid(found);
        }
    }

    private void council(ReviewInProvinceCouncil c, List<NomineeResult> results, List<FieldViolation> found) {
        Set<UUID> appraisedDat = results.stream()
                .filter(r -> Appraisal.DAT.name().equals(r.appraisal()))
                .map(NomineeResult::nomineeId)
                .collect(Collectors.toSet());
        missing(c.nominees(), appraisedDat, found);
        if (c.meetingDate() != null && c.meetingDate().isAfter(LocalDate.now(clock.withZone(zone)))) {
            found.add(new FieldViolation("meetingDate", "FUTURE_DATE", "Ngày họp không được sau ngày hôm nay."));
        }
        if (c.membersTotal() == null || c.membersPresent() == null) {
            return;
        }
        if (c.membersPresent() > c.membersTotal()) {
            found.add(new FieldViolation(
                    "membersPresent", "MAX", "Số thành viên có mặt không được lớn hơn tổng số thành viên."));
        } else if (!voteRule.hasQuorum(c.membersPresent(), c.membersTotal())) {
            found.add(new FieldViolation(
                    "membersPresent",
                    "NO_QUORUM",
                    "Phiên họp cần ít nhất %d/%d thành viên có mặt."
                            .formatted(voteRule.quorumOf(c.membersTotal()), c.membersTotal())));
        }
        List<ReviewInProvinceCouncil.Nominee> rows = c.nominees() == null ? List.of() : c.nominees();
        for (int i = 0; i < rows.size(); i++) {
            ReviewInProvinceCouncil.Nominee row = rows.get(i);
            if (row != null && row.votesFor() != null && row.votesFor() > c.membersPresent()) {
                found.add(new FieldViolation(
                        "nominees[" + i + "].votesFor",
                        "MAX",
                        "Số phiếu tán thành không được lớn hơn số thành viên có mặt."));
            }
            if (row != null && row.nomineeId() != null && !appraisedDat.contains(row.nomineeId())) {
                found.add(new FieldViolation(
                        "nominees[" + i + "].nomineeId",
                        "NOT_APPRAISED",
                        "Đối tượng này không được Sở Nội vụ thẩm định đạt."));
            }
        }
    }

    @Override
    public void record(UUID proposalId, StageInput input, String username) {
        Instant now = clock.instant();
        StageCommand command = input.command();
        if (command instanceof AppraiseProposal a) {
            if (a.outcome() == ProposalOutcome.FORWARD) {
                a.nominees()
                        .forEach(n -> store.appraise(
                                proposalId, n.nomineeId(), n.appraisal().name(), n.note()));
                long dat = a.nominees().stream()
                        .filter(n -> n.appraisal() == Appraisal.DAT)
                        .count();
                store.history(
                        proposalId,
                        now,
                        username,
                        "APPRAISED",
                        a.stage(),
                        joined(
                                "Thẩm định: %d/%d đối tượng đạt."
                                        .formatted(dat, a.nominees().size()),
                                a.comment()));
            } else {
                store.history(proposalId, now, username, "RETURNED", a.stage(), a.comment());
            }
        } else if (command instanceof ReviewInProvinceCouncil c) {
            store.council(proposalId, c.meetingDate(), c.membersTotal(), c.membersPresent());
            int passed = 0;
            for (ReviewInProvinceCouncil.Nominee n : c.nominees()) {
                boolean pass = voteRule.passes(n.votesFor(), c.membersTotal());
                store.vote(proposalId, n.nomineeId(), n.votesFor(), pass);
                passed += pass ? 1 : 0;
            }
            store.history(
                    proposalId,
                    now,
                    username,
                    "COUNCIL_REVIEWED",
                    c.stage(),
                    "Họp ngày %s, %d/%d thành viên có mặt: %d/%d đối tượng được thông qua."
                            .formatted(
                                    Formats.date(c.meetingDate()),
                                    c.membersPresent(),
                                    c.membersTotal(),
                                    passed,
                                    c.nominees().size()));
        } else if (command instanceof DecideProvinceAwards d) {
            if (d.outcome() == DecisionOutcome.DECIDE) {
                d.nominees().forEach(n -> store.award(proposalId, n.nomineeId(), n.awarded()));
                store.history(proposalId, now, username, "DECIDED", d.stage(), d.comment());
            } else {
                store.history(proposalId, now, username, "RETURNED", d.stage(), d.comment());
            }
        } else {
            throw new IllegalArgumentException("not a province stage: " + command.stage());
        }
    }

    @Override
    public void taskCreated(UUID proposalId, Stage stage, Instant due) {
        store.stage(proposalId, stage, due);
    }

    @Override
    public void overdue(UUID proposalId, Stage stage, String taskId, Instant due) {
        Proposal proposal = store.find(proposalId).orElseThrow();
        store.history(proposalId, clock.instant(), SYSTEM, "OVERDUE", stage, null);
        String what = switch (stage) {
            case PROVINCE_APPRAISAL -> "thẩm định của Sở Nội vụ";
            case PROVINCE_COUNCIL -> "xét duyệt của Hội đồng Thi đua - Khen thưởng tỉnh";
            default -> "quyết định của Chủ tịch UBND tỉnh";
        };
        tell(
                NotificationEvent.PROVINCE_PROPOSAL_OVERDUE,
                "PROVINCE_OVERDUE:" + taskId,
                provinceMembers(stage.candidateGroup(), Roles.PROVINCE_HOME_AFFAIRS),
                "Quá hạn xử lý đề nghị tặng Bằng khen: ",
                proposal,
                null,
                null,
                what,
                due);
    }

    @Override
    public void returned(UUID proposalId, Instant resendDue) {
        Proposal proposal = store.find(proposalId).orElseThrow();
        String comment = store.history(proposalId).stream()
                .filter(h -> "RETURNED".equals(h.action()))
                .reduce((a, b) -> b)
                .map(ProposalStore.HistoryLine::comment)
                .orElse(null);
        store.returned(proposalId, comment, resendDue);
        tell(
                NotificationEvent.PROVINCE_PROPOSAL_RETURNED,
                "PROVINCE_RETURNED:" + proposalId + ":"
                        + store.history(proposalId).size(),
                users.emailsOfGroups(Roles.CULTURE_SOCIAL),
                "Tỉnh trả lại đề nghị tặng Bằng khen: ",
                proposal,
                null,
                comment,
                null,
                resendDue);
    }

    @Override
    public void resendOverdue(UUID proposalId) {
        Proposal proposal = store.find(proposalId).orElseThrow();
        store.history(proposalId, clock.instant(), SYSTEM, "RESEND_OVERDUE", null, null);
        tell(
                NotificationEvent.PROVINCE_PROPOSAL_OVERDUE,
                "PROVINCE_RESEND_OVERDUE:" + proposalId + ":" + proposal.resendDue(),
                union(
                        users.emailsOfGroups(Roles.CULTURE_SOCIAL, Roles.OFFICE_LEAD),
                        provinceMembers(Roles.PROVINCE_HOME_AFFAIRS)),
                "Quá hạn gửi lại đề nghị tặng Bằng khen: ",
                proposal,
                null,
                proposal.returnComment(),
                "xã bổ sung và gửi lại đề nghị",
                proposal.resendDue());
    }

    @Override
    public void resent(UUID proposalId) {
        store.resent(proposalId);
    }

    @Override
    public void decided(UUID proposalId) {
        Proposal proposal = store.find(proposalId).orElseThrow();
        if (proposal.status() == ProposalStatus.DECIDED) {
            return; // the job ran again after a crash
        }
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        int sequence = store.nextDecisionNumber(today.getYear());
        String number = numbered(decisionPattern, sequence);
        String decidedBy = Optional.ofNullable(store.lastDecider(proposalId)).orElse(SYSTEM);
        store.decided(proposalId, today.getYear(), sequence, number, today, decidedBy);
        Map<UUID, Boolean> awarded = new LinkedHashMap<>();
        store.nominees(proposalId).forEach(r -> awarded.put(r.nomineeId(), Boolean.TRUE.equals(r.awarded())));
        List<Nominee> all = nominees.findAll(awarded.keySet());
        for (UUID dossierId : store.dossierIds(proposalId)) {
            Map<UUID, Boolean> ofDossier = new LinkedHashMap<>();
            all.stream()
                    .filter(n -> n.dossierId().equals(dossierId))
                    .forEach(n -> ofDossier.put(n.id(), awarded.get(n.id())));
            communeAnswers.recordFromProvince(dossierId, decidedBy, number, today, ofDossier);
        }
        Proposal done = store.find(proposalId).orElseThrow();
        documents.drawUp(done, all, awarded, communes.name(done.communeCode()));
        tell(
                NotificationEvent.PROVINCE_PROPOSAL_DECIDED,
                "PROVINCE_DECIDED:" + proposalId,
                users.emailsOfGroups(Roles.CULTURE_SOCIAL),
                "Đã có quyết định của tỉnh về đề nghị tặng Bằng khen: ",
                done,
                number,
                null,
                null,
                null);
    }

    /** The proposal as the province and the commune name it: the commune's Tờ trình. */
    String title(Proposal proposal) {
        return "Tờ trình số %s của UBND %s"
                .formatted(proposal.submissionNumber(), communes.name(proposal.communeCode()));
    }

    private void tell(
            NotificationEvent event,
            String dedupeKey,
            Set<String> to,
            String subject,
            Proposal proposal,
            String decisionNumber,
            String comment,
            String what,
            Instant due) {
        String title = title(proposal);
        ProvinceProposalNotice notice =
                new ProvinceProposalNotice(proposal.id(), title, decisionNumber, comment, what, due);
        for (String recipient : to) {
            notifications.record(event, dedupeKey, recipient, subject + title, null, null, notice);
        }
    }

    /** The province's people belong to no commune: looked up across communes, whichever commune this work is in. */
    private Set<String> provinceMembers(String... groups) {
        return CommuneContext.call(CommuneContext.ALL, () -> users.emailsOfGroups(groups));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static List<FieldViolation> unknownNominees(StageCommand command, List<NomineeResult> results) {
        Set<UUID> known = ids(results);
        List<FieldViolation> unknown = new ArrayList<>();
        List<? extends NomineeEntry> rows = command.nominees() == null ? List.of() : command.nominees();
        for (int i = 0; i < rows.size(); i++) {
            NomineeEntry row = rows.get(i);
            if (row != null && row.nomineeId() != null && !known.contains(row.nomineeId())) {
                unknown.add(new FieldViolation(
                        "nominees[" + i + "].nomineeId",
                        ErrorCode.UNKNOWN_NOMINEE.name(),
                        "Đối tượng này không thuộc đề nghị tặng Bằng khen này."));
            }
        }
        return unknown;
    }

    /** Every nominee the stage decides on has its row. */
    private static void missing(List<? extends NomineeEntry> rows, Set<UUID> expected, List<FieldViolation> found) {
        if (rows == null) {
            return;
        }
        Set<UUID> given = rows.stream()
                .filter(r -> r != null && r.nomineeId() != null)
                .map(NomineeEntry::nomineeId)
                .collect(Collectors.toSet());
        if (!given.containsAll(expected)) {
            found.add(new FieldViolation(
                    "nominees", "MISSING_NOMINEE", "Chưa có kết quả cho mọi đối tượng của đề nghị ở bước này."));
        }
    }

    private static Set<UUID> ids(List<NomineeResult> results) {
        return results.stream().map(NomineeResult::nomineeId).collect(Collectors.toSet());
    }

    private static String joined(String text, String comment) {
        return comment == null ? text : text + " " + comment;
    }

    static String numbered(String pattern, int n) {
        return pattern.replace("{n}", Integer.toString(n));
    }
}
