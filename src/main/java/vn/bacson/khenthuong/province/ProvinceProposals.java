package vn.bacson.khenthuong.province;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.common.PageResult;
import vn.bacson.khenthuong.commune.CommuneContext;
import vn.bacson.khenthuong.dossier.DocumentInfo;
import vn.bacson.khenthuong.dossier.DocumentRepository;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.process.ProvinceCommendationWorkflow;
import vn.bacson.khenthuong.province.ProposalStore.NomineeResult;
import vn.bacson.khenthuong.province.ProposalStore.Proposal;
import vn.bacson.khenthuong.province.ProvinceProposalView.CommuneRef;
import vn.bacson.khenthuong.province.ProvinceProposalView.DecisionRef;
import vn.bacson.khenthuong.province.ProvinceProposalView.DocumentRef;
import vn.bacson.khenthuong.province.ProvinceProposalView.HistoryLine;
import vn.bacson.khenthuong.province.ProvinceProposalView.NomineeLine;

/**
 * Who sees which proposal, and what the commune does with a returned one. The province's roles see every proposal
 * sent to the province (and nothing a commune has not sent: a proposal exists only once sent); a commune's
 * culture-social office, office lead and chairman see their own commune's. Anyone else, and a proposal of another
 * commune, is 404 as a missing one.
 */
@Service
public class ProvinceProposals {

    private final ProposalStore store;
    private final NomineeRepository nominees;
    private final DocumentRepository documents;
    private final CommuneNames communes;
    private final ProvinceCommendationWorkflow workflow;
    private final Clock clock;
    /** Matches no proposal's commune. */
    private static final String NO_COMMUNE = "";

    ProvinceProposals(
            ProposalStore store,
            NomineeRepository nominees,
            DocumentRepository documents,
            CommuneNames communes,
            ProvinceCommendationWorkflow workflow,
            Clock clock) {
        this.clock = clock;
        this.store = store;
        this.nominees = nominees;
        this.documents = documents;
        this.communes = communes;
        this.workflow = workflow;
    }

    /** A commune's staff who follow its proposals at the province. */
    public static boolean isCommuneFollower(CurrentUser user) {
        return user.hasAny(Roles.CULTURE_SOCIAL, Roles.OFFICE_LEAD, Roles.CHAIRMAN);
    }

    public PageResult<ProvinceProposalView> list(CurrentUser user, ProposalFilter filter, PageQuery page) {
        if (!user.isProvince()) {
            if (!isCommuneFollower(user)) {
                throw new DomainException(ErrorCode.FORBIDDEN);
            }
            if (filter.communeCode() != null && !filter.communeCode().equals(communeOf(user))) {
                return page.result(List.of(), 0);
            }
            filter = filter.inCommune(communeOf(user));
        }
        Instant now = clock.instant();
        List<ProvinceProposalView> items = store.list(filter, now, page.offset(), page.size()).stream()
                .map(p -> view(p, false))
                .toList();
        return page.result(items, store.count(filter, now));
    }

    public ProvinceProposalView get(CurrentUser user, UUID id) {
        return view(visible(user, id), true);
    }

    /**
     * The proposal of a province task: the task list names it by its first dossier, the engine's task by the
     * proposal itself (the process's business key).
     */
    public ProvinceProposalView ofTask(CurrentUser user, UUID dossierOrProposal) {
        return store.find(dossierOrProposal).isPresent()
                ? get(user, dossierOrProposal)
                : ofDossier(user, dossierOrProposal);
    }

    /** The proposal a commune dossier was sent to the province with, if the caller sees it. */
    public ProvinceProposalView ofDossier(CurrentUser user, UUID dossierId) {
        UUID id = store.proposalOfDossier(dossierId)
                .orElseThrow(() -> new DomainException(ErrorCode.PROVINCE_PROPOSAL_NOT_FOUND));
        return get(user, id);
    }

    /** The commune sends its returned proposal again (culture-social of the commune that sent it). */
    @Transactional
    public ProvinceProposalView resend(CurrentUser user, UUID id) {
        Proposal proposal = visible(user, id);
        if (!user.has(Roles.CULTURE_SOCIAL) || user.isProvince()) {
            throw new DomainException(
                    ErrorCode.FORBIDDEN, "Chỉ Phòng Văn hóa - Xã hội của xã gửi lại đề nghị cho tỉnh.");
        }
        if (proposal.status() != ProposalStatus.RETURNED) {
            throw new DomainException(ErrorCode.PROVINCE_PROPOSAL_NOT_RETURNED);
        }
        store.history(id, clock.instant(), user.username(), "RESENT", null, null);
        workflow.resend(id);
        return get(user, id);
    }

    /** A nominee's document of a proposal the caller sees (the province reads what the commune sent). */
    public DocumentInfo document(CurrentUser user, UUID proposalId, UUID documentId) {
        visible(user, proposalId);
        return store.dossierIds(proposalId).stream()
                .map(dossierId -> documents.find(dossierId, documentId))
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .orElseThrow(() -> new DomainException(ErrorCode.DOCUMENT_NOT_FOUND));
    }

    public byte[] content(DocumentInfo document) {
        return documents.content(document.id());
    }

    /** The province decision as drawn up (PDF or DOCX), once decided. */
    public byte[] decisionDocument(CurrentUser user, UUID proposalId, String format) {
        visible(user, proposalId);
        return store.document(proposalId, format).orElseThrow(() -> new DomainException(ErrorCode.DOCUMENT_NOT_FOUND));
    }

    private Proposal visible(CurrentUser user, UUID id) {
        Proposal proposal =
                store.find(id).orElseThrow(() -> new DomainException(ErrorCode.PROVINCE_PROPOSAL_NOT_FOUND));
        boolean sees = user.isProvince()
                || isCommuneFollower(user) && proposal.communeCode().equals(communeOf(user));
        if (!sees) {
            throw new DomainException(ErrorCode.PROVINCE_PROPOSAL_NOT_FOUND);
        }
        return proposal;
    }

    /** The commune of a commune user: the commune of the request (none: sees no proposal). */
    private String communeOf(CurrentUser user) {
        return CommuneContext.commune().orElse(NO_COMMUNE);
    }

    private ProvinceProposalView view(Proposal p, boolean full) {
        List<UUID> dossierIds = store.dossierIds(p.id());
        List<NomineeResult> results = store.nominees(p.id());
        Map<UUID, Nominee> byId = nominees
                .findAll(results.stream().map(NomineeResult::nomineeId).toList())
                .stream()
                .collect(Collectors.toMap(Nominee::id, Function.identity()));
        List<NomineeLine> lines = results.stream()
                .filter(r -> byId.containsKey(r.nomineeId()))
                .map(r -> {
                    Nominee n = byId.get(r.nomineeId());
                    return new NomineeLine(
                            n.id(),
                            n.dossierId(),
                            n.fullName(),
                            n.type(),
                            n.outcome(),
                            r.appraisal(),
                            r.note(),
                            r.votesFor(),
                            r.passed(),
                            r.awarded());
                })
                .toList();
        List<HistoryLine> history = full
                ? store.history(p.id()).stream()
                        .map(h -> new HistoryLine(h.at(), h.actor(), h.action(), h.stage(), h.comment()))
                        .toList()
                : null;
        List<DocumentRef> docs = full
                ? dossierIds.stream()
                        .flatMap(d -> documents.findByDossier(d).stream())
                        .filter(d -> d.nomineeId() == null || byId.containsKey(d.nomineeId()))
                        .map(d -> new DocumentRef(
                                d.id(), d.dossierId(), d.nomineeId(), d.kind().name(), d.fileName()))
                        .toList()
                : null;
        return new ProvinceProposalView(
                p.id(),
                new CommuneRef(p.communeCode(), communes.name(p.communeCode())),
                p.submissionNumber(),
                dossierIds,
                p.status(),
                p.stage(),
                p.sentAt(),
                p.due(),
                p.returnComment(),
                p.resendDue(),
                p.decisionNumber() == null ? null : new DecisionRef(p.decisionNumber(), p.decidedOn()),
                lines,
                history,
                docs);
    }
}
