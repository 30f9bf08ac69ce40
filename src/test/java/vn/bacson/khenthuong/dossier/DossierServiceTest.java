package vn.bacson.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.campaign.CampaignRepository;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.support.TestNominee;
import vn.bacson.khenthuong.unit.UnitRepository;

/** The rules of the dossier service around the process: who may act, in which state, and submit's idempotency. */
class DossierServiceTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant NOW = Instant.parse("2025-08-25T03:00:00Z");
    private static final CurrentUser THON1 = new CurrentUser("thon1", Set.of(Roles.UNIT), "thon-1");
    private static final CurrentUser THON2 = new CurrentUser("thon2", Set.of(Roles.UNIT), "thon-2");
    private static final CurrentUser VHXH = new CurrentUser("vhxh", Set.of(Roles.CULTURE_SOCIAL), "phong-vhxh");
    private static final CurrentUser NOBODY = new CurrentUser("lost", Set.of(), null);

    private final DossierRepository dossiers = mock(DossierRepository.class);
    private final NomineeRepository nominees = mock(NomineeRepository.class);
    private final DocumentRepository documents = mock(DocumentRepository.class);
    private final HistoryRepository history = mock(HistoryRepository.class);
    private final SubmitRequestRepository submitRequests = mock(SubmitRequestRepository.class);
    private final DossierWorkflow workflow = mock(DossierWorkflow.class);
    private final DossierReadModel readModel = mock(DossierReadModel.class);
    private final AtomicReference<Dossier> row = new AtomicReference<>();
    private DossierService service;

    @BeforeEach
    void setUp() {
        service = new DossierService(
                dossiers,
                nominees,
                documents,
                history,
                submitRequests,
                mock(CampaignRepository.class),
                mock(UnitRepository.class),
                workflow,
                new DossierAccess(dossiers),
                readModel,
                Clock.fixed(NOW, ZONE),
                ZONE);
        when(dossiers.find(any()))
                .thenAnswer(i -> Optional.ofNullable(row.get()).filter(d -> d.id().equals(i.getArgument(0))));
        when(dossiers.lock(any()))
                .thenAnswer(i -> Optional.ofNullable(row.get()).filter(d -> d.id().equals(i.getArgument(0))));
        doAnswer(i -> {
                    row.set(with(row.get(), DossierStatus.SUBMITTED));
                    return null;
                })
                .when(dossiers)
                .markSubmitted(any(), any());
    }

    @Test
    void submittingADraftStartsTheProcessOnceAndRemembersTheKey() {
        Dossier draft = store(DossierStatus.DRAFT);

        service.submit(draft.id(), "key-1", THON1);

        verify(dossiers).markSubmitted(draft.id(), NOW);
        verify(history).add(draft.id(), NOW, "thon1", HistoryAction.SUBMITTED, null, null);
        verify(workflow).start(any(Dossier.class));
        verify(submitRequests).insert("thon1", "key-1", draft.id(), NOW);
    }

    @Test
    void theSameIdempotencyKeyAgainAnswersTheDossierAndStartsNothing() {
        Dossier submitted = store(DossierStatus.IN_REVIEW);
        when(submitRequests.findDossier("thon1", "key-1")).thenReturn(Optional.of(submitted.id()));

        service.submit(submitted.id(), "key-1", THON1);

        verify(readModel).view(submitted);
        verifyNoInteractions(workflow);
        verify(dossiers, never()).markSubmitted(any(), any());
        verify(submitRequests, never()).insert(any(), any(), any(), any());
    }

    @Test
    void aRefusalOfTheProcessKeepsNoKeyAndReachesTheCaller() {
        Dossier draft = store(DossierStatus.DRAFT);
        doThrow(new DomainException(ErrorCode.SUBMISSION_WINDOW_CLOSED))
                .when(workflow)
                .start(any());

        assertThatThrownBy(() -> service.submit(draft.id(), "key-1", THON1))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SUBMISSION_WINDOW_CLOSED));
        verify(submitRequests, never()).insert(any(), any(), any(), any());
    }

    @Test
    void aDossierInReviewCannotBeSubmittedAgain() {
        Dossier inReview = store(DossierStatus.IN_REVIEW);

        assertThatThrownBy(() -> service.submit(inReview.id(), null, THON1))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.DOSSIER_ALREADY_SUBMITTED));
        verifyNoInteractions(workflow);
    }

    @Test
    void anAmendedDossierGoesBackIntoTheProcess() {
        Dossier returned = store(DossierStatus.AMENDMENT_REQUESTED);

        service.submit(returned.id(), null, THON1);

        verify(history).add(returned.id(), NOW, "thon1", HistoryAction.RESUBMITTED, Stage.AMENDMENT, null);
        verify(workflow).resubmit(returned, "thon1");
        verify(workflow, never()).start(any());
    }

    @Test
    void anotherUnitsDossierIsNotFoundAndStaffMayLookButNotSubmit() {
        Dossier draft = store(DossierStatus.DRAFT);

        assertThatThrownBy(() -> service.submit(draft.id(), null, THON2))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DOSSIER_NOT_FOUND));
        assertThatThrownBy(() -> service.view(draft.id(), THON2))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DOSSIER_NOT_FOUND));
        assertThatThrownBy(() -> service.submit(draft.id(), null, VHXH))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        service.view(draft.id(), VHXH);
        verify(readModel).view(draft);
        verifyNoInteractions(workflow);
    }

    @Test
    void aDraftIsWithdrawnWithoutTheProcessAndADecidedOneNotAtAll() {
        Dossier draft = store(DossierStatus.DRAFT);
        service.withdraw(draft.id(), THON1);
        verify(dossiers).updateStatus(draft.id(), DossierStatus.WITHDRAWN, null, NOW);
        verify(history).add(draft.id(), NOW, "thon1", HistoryAction.WITHDRAWN, null, null);
        verifyNoInteractions(workflow);

        Dossier inReview = store(DossierStatus.IN_REVIEW);
        service.withdraw(inReview.id(), THON1);
        verify(workflow).withdraw(inReview, "thon1");

        Dossier decided = store(DossierStatus.DECIDED);
        assertThatThrownBy(() -> service.withdraw(decided.id(), THON1))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DOSSIER_NOT_WITHDRAWABLE));
    }

    @Test
    void onlyDraftsAndReturnedDossiersCanBeEdited() {
        Dossier inReview = store(DossierStatus.IN_REVIEW);
        DossierRequest request = new DossierRequest(null, "Tên mới", List.of(nominee(null)));

        assertThatThrownBy(() -> service.update(inReview.id(), request, THON1))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DOSSIER_NOT_EDITABLE));
        verify(nominees, never()).insert(any(), any(), anyInt(), any());
    }

    @Test
    void updateKeepsNomineesWithAnIdAddsNewOnesAndRemovesTheRestWithTheirDocuments() {
        Dossier draft = store(DossierStatus.DRAFT);
        UUID kept = UUID.randomUUID();
        UUID removed = UUID.randomUUID();
        when(nominees.findByDossier(draft.id()))
                .thenReturn(List.of(stored(kept, draft.id()), stored(removed, draft.id())));

        service.update(draft.id(), new DossierRequest(null, "Tên mới", List.of(nominee(null), nominee(kept))), THON1);

        verify(documents).deleteByNominee(removed);
        verify(nominees).delete(removed);
        verify(nominees).insert(any(UUID.class), eq(draft.id()), eq(1), any());
        verify(nominees).updateInput(eq(kept), eq(2), any());
        verify(dossiers).updateTitle(draft.id(), "Tên mới", NOW);
        verify(history).add(draft.id(), NOW, "thon1", HistoryAction.UPDATED, null, null);
    }

    @Test
    void aNomineeOfAnotherDossierIsUnknown() {
        Dossier draft = store(DossierStatus.DRAFT);
        when(nominees.findByDossier(draft.id())).thenReturn(List.of());

        assertThatThrownBy(() -> service.update(
                        draft.id(), new DossierRequest(null, "Tên", List.of(nominee(UUID.randomUUID()))), THON1))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_NOMINEE));
        verify(nominees, never()).delete(any());
    }

    @Test
    void aUnitListsOnlyItsOwnDossiersWhateverUnitItAsksFor() {
        PageQuery page = PageQuery.of(0, 20);

        service.list(null, null, null, page, THON1);
        verify(dossiers).findPage(new DossierRepository.Filter(null, null, "thon-1"), 0, 20);

        assertThat(service.list(null, null, "thon-2", page, THON1).items()).isEmpty();
        assertThat(service.list(null, null, null, page, NOBODY).total()).isZero();
        verify(dossiers, never()).findPage(new DossierRepository.Filter(null, null, "thon-2"), 0, 20);
        verify(dossiers, never()).findPage(new DossierRepository.Filter(null, null, null), 0, 20);

        service.list(null, DossierStatus.IN_REVIEW, "thon-2", page, VHXH);
        verify(dossiers).findPage(new DossierRepository.Filter(null, DossierStatus.IN_REVIEW, "thon-2"), 0, 20);
    }

    @Test
    void onlyAProposingUnitCreatesDossiers() {
        assertThatThrownBy(
                        () -> service.create(new DossierRequest(UUID.randomUUID(), "T", List.of(nominee(null))), VHXH))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        verify(dossiers, never()).insert(any());
    }

    private Dossier store(DossierStatus status) {
        Dossier d = new Dossier(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "thon-1",
                "Đề nghị khen thưởng Thôn 1",
                status,
                status == DossierStatus.IN_REVIEW ? Stage.CULTURE_SOCIAL_APPRAISAL : null,
                null,
                null,
                null,
                NOW,
                "thon1",
                NOW,
                0);
        row.set(d);
        return d;
    }

    private static Dossier with(Dossier d, DossierStatus status) {
        return new Dossier(
                d.id(),
                d.campaignId(),
                d.unitCode(),
                d.title(),
                status,
                null,
                NOW,
                null,
                null,
                d.createdAt(),
                d.createdBy(),
                NOW,
                d.version() + 1);
    }

    private static NomineeInput nominee(UUID id) {
        return new NomineeInput(
                id,
                NomineeType.INDIVIDUAL,
                "Nguyễn Văn A",
                1980,
                null,
                null,
                null,
                AwardForm.GIAY_KHEN_CHU_TICH_XA,
                null,
                EnumSet.of(EmulationContent.KTXH),
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static Nominee stored(UUID id, UUID dossierId) {
        return TestNominee.of(dossierId, "Người " + id).id(id).build();
    }
}
