package vn.bacson.khenthuong.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;
import vn.bacson.khenthuong.calendar.BusinessCalendar;
import vn.bacson.khenthuong.campaign.CampaignRepository;
import vn.bacson.khenthuong.campaign.CampaignService;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.dossier.Dossier;
import vn.bacson.khenthuong.dossier.DossierRepository;
import vn.bacson.khenthuong.dossier.DossierStatus;
import vn.bacson.khenthuong.dossier.HistoryRepository;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.dossier.Outcome;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.support.TestNominee;
import vn.bacson.khenthuong.unit.UnitRepository;

/** The rules of citizens' feedback: when it is accepted, what is kept of it, and who reads it. */
class PublicPostingServiceTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant NOW = Instant.parse("2025-08-26T02:00:00Z");
    private static final UUID DOSSIER = UUID.randomUUID();
    private static final UUID CAMPAIGN = UUID.randomUUID();
    private static final UUID NOMINEE = UUID.randomUUID();
    private static final UUID OUT_OF_RUNNING = UUID.randomUUID();

    private final PostingRepository postings = mock(PostingRepository.class);
    private final FeedbackRepository feedback = mock(FeedbackRepository.class);
    private final DossierRepository dossiers = mock(DossierRepository.class);
    private final NomineeRepository nominees = mock(NomineeRepository.class);
    private final Clock clock = Clock.fixed(NOW, ZONE);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final PublicPostingSettings settings = new PublicPostingSettings(2, Duration.ofHours(1), "test-key");
    private final PublicPostingService service = new PublicPostingService(
            postings,
            feedback,
            dossiers,
            nominees,
            mock(HistoryRepository.class),
            mock(CampaignService.class),
            mock(CampaignRepository.class),
            mock(UnitRepository.class),
            mock(BusinessCalendar.class),
            new FeedbackRateLimiter(clock, settings),
            settings,
            events,
            clock,
            ZONE);

    @Test
    void anAcceptedMessageIsCleanedAndKeepsOnlyAFingerprintOfTheAddress() {
        posting(DossierStatus.IN_REVIEW, NOW.plus(Duration.ofDays(3)), null);
        nominee(NOMINEE, Outcome.PENDING);

        FeedbackReceipt receipt = service.submit(
                DOSSIER,
                new FeedbackRequest(
                        "  Trần Văn Dân ", " dan.tran@example.vn ", "Dòng một\r\nDòng hai", NOMINEE.toString()),
                "203.0.113.7");

        ArgumentCaptor<Feedback> stored = ArgumentCaptor.forClass(Feedback.class);
        verify(feedback).insert(stored.capture());
        Feedback f = stored.getValue();
        assertThat(f.senderName()).isEqualTo("Trần Văn Dân");
        assertThat(f.contact()).isEqualTo("dan.tran@example.vn");
        assertThat(f.content()).isEqualTo("Dòng một\nDòng hai");
        assertThat(f.nomineeId()).isEqualTo(NOMINEE);
        assertThat(f.senderHash())
                .hasSize(64)
                .doesNotContain("203.0.113.7")
                .isEqualTo(SenderHash.of("test-key", "203.0.113.7"))
                .isNotEqualTo(SenderHash.of("other-key", "203.0.113.7"));
        assertThat(receipt.id()).isEqualTo(f.id());
        assertThat(receipt.receivedAt().toInstant()).isEqualTo(NOW);
        assertThat(receipt.receivedAt().getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
        verify(events).publishEvent(new FeedbackReceived(DOSSIER, CAMPAIGN, NOW, NOW.plus(Duration.ofDays(3))));
    }

    @Test
    void everyInvalidFieldIsReported_andNothingIsStored() {
        posting(DossierStatus.IN_REVIEW, NOW.plus(Duration.ofDays(3)), null);
        nominee(OUT_OF_RUNNING, Outcome.NOT_AWARDED);

        assertThatThrownBy(() -> service.submit(
                        DOSSIER,
                        new FeedbackRequest(" ", "gọi tôi nhé", "x".repeat(2001), OUT_OF_RUNNING.toString()),
                        "203.0.113.7"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.violations())
                            .extracting(FieldViolation::field, FieldViolation::code)
                            .containsExactlyInAnyOrder(
                                    tuple("senderName", "REQUIRED"),
                                    tuple("contact", "INVALID_VALUE"),
                                    tuple("content", "SIZE"),
                                    tuple("nomineeId", "UNKNOWN_NOMINEE"));
                    assertThat(e.violations())
                            .allSatisfy(v -> assertThat(v.message()).isNotBlank());
                });
        assertThatThrownBy(() -> service.submit(
                        DOSSIER, new FeedbackRequest("A", "0912 345 678", null, "không-phải-mã"), "203.0.113.7"))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field, FieldViolation::code)
                                .containsExactlyInAnyOrder(
                                        tuple("content", "REQUIRED"), tuple("nomineeId", "UNKNOWN_NOMINEE")));
        verify(feedback, never()).insert(any());
        verify(events, never()).publishEvent(any());
    }

    @Test
    void phoneNumbersAndEmailAddressesAreAcceptedAsContact() {
        posting(DossierStatus.IN_REVIEW, NOW.plus(Duration.ofDays(3)), null);
        for (String contact : List.of("0912345678", "+84 912 345 678", "(0205) 3812.345", "a@b.vn")) {
            service.submit(DOSSIER, new FeedbackRequest("Người dân", contact, "Ý kiến", null), contact);
        }
        verify(feedback, org.mockito.Mockito.times(4)).insert(any());
    }

    @Test
    void aClosedOrMissingPostingRefusesBeforeLookingAtTheFields() {
        assertThatThrownBy(() -> service.submit(DOSSIER, new FeedbackRequest(null, null, null, null), "a"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PUBLIC_POSTING_NOT_FOUND));

        posting(DossierStatus.IN_REVIEW, NOW, null); // ends exactly now
        assertClosed();
        posting(DossierStatus.IN_REVIEW, NOW.plusSeconds(60), NOW.minusSeconds(1)); // closed by the process
        assertClosed();
        posting(DossierStatus.WITHDRAWN, NOW.plusSeconds(60), null); // withdrawn, process not caught up yet
        assertClosed();
        verify(feedback, never()).insert(any());
    }

    @Test
    void anAddressOverItsQuotaIsToldToWait() {
        posting(DossierStatus.IN_REVIEW, NOW.plus(Duration.ofDays(3)), null);
        FeedbackRequest request = new FeedbackRequest("Người dân", null, "Ý kiến", null);
        service.submit(DOSSIER, request, "203.0.113.7");
        service.submit(DOSSIER, request, "203.0.113.7");

        assertThatThrownBy(() -> service.submit(DOSSIER, request, "203.0.113.7"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FEEDBACK_RATE_LIMITED));
        service.submit(DOSSIER, request, "198.51.100.1");
        verify(feedback, org.mockito.Mockito.times(3)).insert(any());
    }

    @Test
    void staffReadTheFeedback_theProposingUnitMayNot_otherUnitsDoNotSeeTheDossier() {
        when(dossiers.find(DOSSIER)).thenReturn(Optional.of(dossier("thon-1")));
        when(feedback.findByDossier(eq(DOSSIER), anyLong(), anyInt()))
                .thenReturn(List.of(new Feedback(
                        UUID.randomUUID(),
                        DOSSIER,
                        NOMINEE,
                        "Trần Văn Dân",
                        null,
                        "Ý kiến",
                        NOW,
                        SenderHash.of("k", "203.0.113.7"))));
        when(feedback.countByDossier(DOSSIER)).thenReturn(1L);
        when(nominees.findByDossier(DOSSIER)).thenReturn(List.of(nomineeRow(NOMINEE, Outcome.PENDING)));

        for (String role :
                List.of(Roles.PARTY_BUILDING, Roles.CULTURE_SOCIAL, Roles.COUNCIL, Roles.OFFICE_LEAD, Roles.CHAIRMAN)) {
            var page = service.feedback(DOSSIER, new CurrentUser("x", Set.of(role), null), PageQuery.of(0, 20));
            assertThat(page.total()).as(role).isEqualTo(1);
            assertThat(page.items().get(0).nomineeName()).isEqualTo("Nguyễn Văn An");
            assertThat(page.items().get(0).senderFingerprint()).hasSize(12);
        }
        assertThatThrownBy(() -> service.feedback(
                        DOSSIER, new CurrentUser("thon1", Set.of(Roles.UNIT), "thon-1"), PageQuery.of(0, 20)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThatThrownBy(() -> service.feedback(
                        DOSSIER, new CurrentUser("thon2", Set.of(Roles.UNIT), "thon-2"), PageQuery.of(0, 20)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DOSSIER_NOT_FOUND));
    }

    @Test
    void longAchievementsAreShortenedAtAWord() {
        String text = "Vận động nhân dân hiến đất làm đường. ".repeat(20);
        String shown = PublicPostingService.shorten(text);
        assertThat(shown)
                .hasSizeLessThanOrEqualTo(PublicPostingService.SUMMARY_LENGTH)
                .endsWith("…");
        assertThat(text).startsWith(shown.substring(0, shown.length() - 1));
        assertThat(PublicPostingService.shorten(" Ngắn gọn ")).isEqualTo("Ngắn gọn");
        assertThat(PublicPostingService.shorten("  ")).isNull();
    }

    private void assertClosed() {
        assertThatThrownBy(() -> service.submit(DOSSIER, new FeedbackRequest(null, null, null, null), "a"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PUBLIC_POSTING_CLOSED));
    }

    private void posting(DossierStatus status, Instant endsAt, Instant closedAt) {
        when(postings.find(DOSSIER))
                .thenReturn(Optional.of(new PublicPosting(
                        DOSSIER, CAMPAIGN, NOW.minus(Duration.ofDays(1)), endsAt, closedAt, status, 0)));
    }

    private void nominee(UUID id, Outcome outcome) {
        when(nominees.find(id)).thenReturn(Optional.of(nomineeRow(id, outcome)));
    }

    private static Nominee nomineeRow(UUID id, Outcome outcome) {
        return TestNominee.of(DOSSIER, "Nguyễn Văn An")
                .id(id)
                .person(1980, "Trưởng thôn", null)
                .achievements("Thành tích", Set.of(), null)
                .eligible()
                .outcome(outcome)
                .build();
    }

    private static Dossier dossier(String unitCode) {
        return new Dossier(
                DOSSIER,
                CAMPAIGN,
                unitCode,
                "Đề nghị khen thưởng",
                DossierStatus.IN_REVIEW,
                Stage.COUNCIL_REVIEW,
                NOW,
                null,
                null,
                NOW,
                "thon1",
                NOW,
                0);
    }
}
