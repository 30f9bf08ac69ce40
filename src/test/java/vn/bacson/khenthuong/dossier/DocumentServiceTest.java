package vn.bacson.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.core.io.InputStreamSource;
import vn.bacson.khenthuong.common.AppProperties;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.support.TestNominee;

class DocumentServiceTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant NOW = Instant.parse("2025-08-25T03:00:00Z");
    private static final CurrentUser THON1 = new CurrentUser("thon1", Set.of(Roles.UNIT), "thon-1");
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final long MAX = 1000;

    private final DossierRepository dossiers = mock(DossierRepository.class);
    private final DocumentRepository documents = mock(DocumentRepository.class);
    private final NomineeRepository nominees = mock(NomineeRepository.class);
    private final HistoryRepository history = mock(HistoryRepository.class);
    private final DocumentService service = new DocumentService(
            documents,
            mock(DocumentSignatures.class), // the signature checks have their own tests (signature, DossierApiIT)
            nominees,
            history,
            new DossierAccess(dossiers),
            new AppProperties(ZONE, false, null, new AppProperties.Documents(MAX), null, null, null, null),
            Clock.fixed(NOW, ZONE),
            ZONE);

    @Test
    void aPdfIsStoredWithItsHashAndANameThatTellsTheTruth() {
        Dossier draft = store(DossierStatus.DRAFT);

        DocumentView view = service.upload(
                draft.id(), DocumentKind.TO_TRINH, null, "C:\\tmp\\to-trinh.exe", PDF.length, source(PDF), THON1);

        assertThat(view.contentType()).isEqualTo("application/pdf");
        assertThat(view.fileName()).isEqualTo("to-trinh.exe.pdf");
        assertThat(view.size()).isEqualTo(PDF.length);
        assertThat(view.sha256()).hasSize(64).matches("[0-9a-f]{64}");
        ArgumentCaptor<byte[]> stored = ArgumentCaptor.forClass(byte[].class);
        verify(documents).insert(any(DocumentInfo.class), stored.capture());
        assertThat(stored.getValue()).isEqualTo(PDF);
        verify(history).add(draft.id(), NOW, "thon1", HistoryAction.DOCUMENT_ADDED, null, "Tờ trình: to-trinh.exe.pdf");
    }

    @Test
    void theSha256IsTheKnownDigest() {
        assertThat(DocumentService.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aTooLargeFileIsRefusedWhetherDeclaredOrDiscoveredWhileReading() {
        Dossier draft = store(DossierStatus.DRAFT);
        byte[] big = new byte[(int) MAX + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);

        assertCode(
                () -> service.upload(draft.id(), DocumentKind.TO_TRINH, null, "a.pdf", big.length, source(big), THON1),
                ErrorCode.FILE_TOO_LARGE);
        assertCode(
                () -> service.upload(draft.id(), DocumentKind.TO_TRINH, null, "a.pdf", 10, source(big), THON1),
                ErrorCode.FILE_TOO_LARGE);
        verify(documents, never()).insert(any(), any());
    }

    @Test
    void contentThatIsNoAcceptedTypeIsUnsupportedWhateverItsName() {
        Dossier draft = store(DossierStatus.DRAFT);
        byte[] text = "Tờ trình".getBytes(StandardCharsets.UTF_8);

        assertCode(
                () -> service.upload(
                        draft.id(), DocumentKind.TO_TRINH, null, "to-trinh.pdf", text.length, source(text), THON1),
                ErrorCode.UNSUPPORTED_FILE_TYPE);
    }

    @Test
    void anAchievementReportBelongsToANomineeOfThisDossier() {
        Dossier draft = store(DossierStatus.DRAFT);
        assertThatThrownBy(() -> service.upload(
                        draft.id(), DocumentKind.BAO_CAO_THANH_TICH, null, "a.pdf", PDF.length, source(PDF), THON1))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field, FieldViolation::code)
                                .containsExactly(tuple("nomineeId", "REQUIRED")));

        UUID foreign = UUID.randomUUID();
        when(nominees.find(foreign)).thenReturn(Optional.of(nominee(foreign, UUID.randomUUID())));
        assertCode(
                () -> service.upload(
                        draft.id(), DocumentKind.BAO_CAO_THANH_TICH, foreign, "a.pdf", PDF.length, source(PDF), THON1),
                ErrorCode.UNKNOWN_NOMINEE);

        UUID own = UUID.randomUUID();
        when(nominees.find(own)).thenReturn(Optional.of(nominee(own, draft.id())));
        assertThat(service.upload(
                                draft.id(),
                                DocumentKind.BAO_CAO_THANH_TICH,
                                own,
                                "a.pdf",
                                PDF.length,
                                source(PDF),
                                THON1)
                        .nomineeId())
                .isEqualTo(own);
    }

    @Test
    void kindAndFileAreRequired() {
        Dossier draft = store(DossierStatus.DRAFT);
        assertThatThrownBy(() -> service.upload(draft.id(), null, null, null, 0, null, THON1))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field, FieldViolation::code)
                                .containsExactlyInAnyOrder(tuple("kind", "REQUIRED"), tuple("file", "REQUIRED")));
    }

    @Test
    void documentsChangeOnlyWhileTheDossierIsEditable() {
        Dossier inReview = store(DossierStatus.IN_REVIEW);
        assertCode(
                () -> service.upload(
                        inReview.id(), DocumentKind.TO_TRINH, null, "a.pdf", PDF.length, source(PDF), THON1),
                ErrorCode.DOSSIER_NOT_EDITABLE);
        assertCode(() -> service.delete(inReview.id(), UUID.randomUUID(), THON1), ErrorCode.DOSSIER_NOT_EDITABLE);
        verify(documents, never()).delete(any());
    }

    @Test
    void aDocumentOfAnotherDossierIsNotFound() {
        Dossier draft = store(DossierStatus.DRAFT);
        UUID other = UUID.randomUUID();
        when(documents.find(eq(draft.id()), eq(other))).thenReturn(Optional.empty());
        assertCode(() -> service.download(draft.id(), other, THON1), ErrorCode.DOCUMENT_NOT_FOUND);
    }

    private Dossier store(DossierStatus status) {
        Dossier d = new Dossier(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "thon-1",
                "Hồ sơ",
                status,
                null,
                null,
                null,
                null,
                NOW,
                "thon1",
                NOW,
                0);
        when(dossiers.find(d.id())).thenReturn(Optional.of(d));
        when(dossiers.lock(d.id())).thenReturn(Optional.of(d));
        return d;
    }

    private static InputStreamSource source(byte[] bytes) {
        return () -> new ByteArrayInputStream(bytes);
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private static Nominee nominee(UUID id, UUID dossierId) {
        return TestNominee.of(dossierId, "Nguyễn Văn A").id(id).build();
    }
}
