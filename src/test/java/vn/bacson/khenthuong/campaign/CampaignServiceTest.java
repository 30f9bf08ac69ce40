package vn.bacson.khenthuong.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.dao.DuplicateKeyException;
import vn.bacson.khenthuong.common.AppProperties;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;

class CampaignServiceTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final CurrentUser VHXH = new CurrentUser("vhxh", Set.of(Roles.CULTURE_SOCIAL), "phong-vhxh");
    private static final CurrentUser THON1 = new CurrentUser("thon1", Set.of(Roles.UNIT), "thon-1");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** app.workflow.public-posting-days of these tests. */
    private static final int CONFIGURED_POSTING_DAYS = 3;

    private final CampaignRepository repository = mock(CampaignRepository.class);
    private final CampaignWorkflow workflow = mock(CampaignWorkflow.class);

    private CampaignService serviceAt(String localDateTime) {
        Instant now = java.time.LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
        return new CampaignService(repository, workflow, Clock.fixed(now, ZONE), ZONE, properties());
    }

    private static AppProperties properties() {
        AppProperties.Workflow workflow =
                new AppProperties.Workflow(true, 5, 1, null, null, null, null, null, CONFIGURED_POSTING_DAYS);
        return new AppProperties(ZONE, false, null, null, workflow, null, null, null);
    }

    @Test
    void createDefaultsTheWindowAndLaunchesTheProcess() {
        Campaign created = serviceAt("2025-07-10T08:00")
                .create(
                        new CampaignRequest(
                                " DH-2025 ",
                                "Thi đua chào mừng Đại hội",
                                "05/KH-UBND",
                                LocalDate.of(2025, 7, 10),
                                LocalDate.of(2025, 8, 20),
                                null,
                                List.of(AwardForm.GIAY_KHEN_CHU_TICH_XA, AwardForm.BANG_KHEN_CHU_TICH_TINH),
                                null),
                        VHXH);

        assertThat(created.code()).isEqualTo("DH-2025");
        assertThat(created.windowDays()).isEqualTo(20);
        assertThat(created.launchedBy()).isEqualTo(CampaignLevel.COMMUNE);
        assertThat(created.createdBy()).isEqualTo("vhxh");
        verify(repository).insert(created);
        verify(workflow).launched(created);
    }

    @Test
    void createReportsEveryInvalidField() {
        CampaignRequest bad = new CampaignRequest("mã có dấu", " ", null, null, null, 0, List.of(), null);

        assertThatThrownBy(() -> serviceAt("2025-07-10T08:00").create(bad, VHXH))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.violations())
                            .extracting(FieldViolation::field, FieldViolation::code)
                            .containsExactlyInAnyOrder(
                                    tuple("code", "INVALID_VALUE"),
                                    tuple("title", "REQUIRED"),
                                    tuple("launchedOn", "REQUIRED"),
                                    tuple("windowDays", "MIN"),
                                    tuple("awardForms", "REQUIRED"));
                });
        verify(workflow, never()).launched(any());
    }

    @Test
    void windowDaysAtMost365() {
        CampaignRequest tooLong = new CampaignRequest(
                "DH", "T", null, LocalDate.of(2025, 7, 10), null, 366, List.of(AwardForm.GIAY_KHEN_CHU_TICH_XA), null);
        assertThatThrownBy(() -> serviceAt("2025-07-10T08:00").create(tooLong, VHXH))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field, FieldViolation::code)
                                .containsExactly(tuple("windowDays", "MAX")));
    }

    @Test
    void aTakenCodeAnswersConflictAlsoWhenTheInsertRaces() {
        CampaignRequest request = new CampaignRequest(
                "DH-2025",
                "T",
                null,
                LocalDate.of(2025, 7, 10),
                null,
                null,
                List.of(AwardForm.GIAY_KHEN_CHU_TICH_XA),
                null);
        when(repository.codeTaken("DH-2025")).thenReturn(true);
        assertThatThrownBy(() -> serviceAt("2025-07-10T08:00").create(request, VHXH))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CAMPAIGN_CODE_TAKEN));

        when(repository.codeTaken("DH-2025")).thenReturn(false);
        doThrow(new DuplicateKeyException("uq_campaign_code")).when(repository).insert(any());
        assertThatThrownBy(() -> serviceAt("2025-07-10T08:00").create(request, VHXH))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CAMPAIGN_CODE_TAKEN));
        verify(workflow, never()).launched(any());
    }

    @Test
    void onlyCampaignManagersCreateOrChange() {
        CampaignRequest request = new CampaignRequest(
                "DH-2025",
                "T",
                null,
                LocalDate.of(2025, 7, 10),
                null,
                null,
                List.of(AwardForm.GIAY_KHEN_CHU_TICH_XA),
                null);
        assertThatThrownBy(() -> serviceAt("2025-07-10T08:00").create(request, THON1))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThatThrownBy(
                        () -> serviceAt("2025-07-10T08:00").patch(UUID.randomUUID(), json("{\"windowDays\":5}"), THON1))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        verify(repository, never()).insert(any());
        verify(repository, never()).update(any());
    }

    @Test
    void patchingTheCongressDateMovesTheWindowAndAnExplicitNullClearsIt() {
        Campaign stored = campaign(LocalDate.of(2025, 8, 20), 20);
        when(repository.find(stored.id())).thenReturn(Optional.of(stored));
        CampaignService service = serviceAt("2025-07-10T08:00");

        Campaign moved = service.patch(stored.id(), json("{\"congressDate\":\"2025-08-25\"}"), VHXH);
        assertThat(moved.congressDate()).isEqualTo(LocalDate.of(2025, 8, 25));
        assertThat(moved.title()).isEqualTo(stored.title());
        verify(workflow).windowChanged(moved);

        Campaign cleared = service.patch(stored.id(), json("{\"congressDate\":null}"), VHXH);
        assertThat(cleared.congressDate()).isNull();
        verify(workflow).windowChanged(cleared);
    }

    @Test
    void patchingOnlyTheTitleLeavesTheTimersAlone() {
        Campaign stored = campaign(LocalDate.of(2025, 8, 20), 20);
        when(repository.find(stored.id())).thenReturn(Optional.of(stored));

        Campaign renamed = serviceAt("2025-07-10T08:00").patch(stored.id(), json("{\"title\":\"Tên mới\"}"), VHXH);

        assertThat(renamed.title()).isEqualTo("Tên mới");
        assertThat(renamed.congressDate()).isEqualTo(stored.congressDate());
        ArgumentCaptor<Campaign> saved = ArgumentCaptor.forClass(Campaign.class);
        verify(repository).update(saved.capture());
        assertThat(saved.getValue().title()).isEqualTo("Tên mới");
        verify(workflow, never()).windowChanged(any());
    }

    @Test
    void patchRefusesBadValuesAndFieldsThatCannotChange() {
        Campaign stored = campaign(LocalDate.of(2025, 8, 20), 20);
        when(repository.find(stored.id())).thenReturn(Optional.of(stored));

        assertThatThrownBy(() -> serviceAt("2025-07-10T08:00")
                        .patch(
                                stored.id(),
                                json(
                                        "{\"congressDate\":\"20/08/2025\",\"windowDays\":0,\"code\":\"X\",\"awardForms\":[\"HUY_CHUONG\"]}"),
                                VHXH))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field, FieldViolation::code)
                                .containsExactlyInAnyOrder(
                                        tuple("congressDate", "INVALID_VALUE"),
                                        tuple("windowDays", "MIN"),
                                        tuple("code", "NOT_PATCHABLE"),
                                        tuple("awardForms[0]", "INVALID_VALUE")));
        verify(repository, never()).update(any());
    }

    @Test
    void aMissingCampaignIsNotFound() {
        assertThatThrownBy(() -> serviceAt("2025-07-10T08:00").get(UUID.randomUUID()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CAMPAIGN_NOT_FOUND));
    }

    @Test
    void submissionsAreAcceptedFromTheCongressDayToTheEndOfItsTwentiethDayAfter() {
        Campaign campaign = campaign(LocalDate.of(2025, 8, 20), 20);
        when(repository.find(campaign.id())).thenReturn(Optional.of(campaign));

        assertWindow("2025-08-19T23:59:59", campaign, ErrorCode.SUBMISSION_WINDOW_NOT_OPEN);
        assertWindow("2025-08-20T00:00:00", campaign, null);
        assertWindow("2025-09-09T23:59:59.999", campaign, null);
        assertWindow("2025-09-10T00:00:00", campaign, ErrorCode.SUBMISSION_WINDOW_CLOSED);
    }

    @Test
    void noCongressDateMeansTheWindowIsNotOpen() {
        Campaign campaign = campaign(null, 20);
        when(repository.find(campaign.id())).thenReturn(Optional.of(campaign));
        assertWindow("2025-08-25T10:00", campaign, ErrorCode.SUBMISSION_WINDOW_NOT_OPEN);
    }

    @Test
    void theViewShowsTheWindowWithTheVietnameseOffsetAndTheDaysLeft() {
        Campaign campaign = campaign(LocalDate.of(2025, 8, 20), 20);
        CampaignView view = serviceAt("2025-09-05T10:00").view(campaign);

        assertThat(view.submissionOpensAt()).hasToString("2025-08-20T00:00+07:00");
        assertThat(view.submissionDeadline()).hasToString("2025-09-09T23:59:59.999+07:00");
        assertThat(view.status()).isEqualTo(CampaignStatus.OPEN);
        assertThat(view.daysLeft()).isEqualTo(4);
        assertThat(serviceAt("2025-09-10T00:00").view(campaign).status()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(serviceAt("2025-08-01T00:00").view(campaign).status()).isEqualTo(CampaignStatus.DRAFT_WINDOW);
    }

    @Test
    void publicPostingDaysFollowTheConfigurationUntilTheCampaignSetsItsOwn() {
        CampaignService service = serviceAt("2025-07-10T08:00");
        Campaign stored = campaign(LocalDate.of(2025, 8, 20), 20);
        when(repository.find(stored.id())).thenReturn(Optional.of(stored));

        assertThat(service.view(stored).publicPostingDays()).isEqualTo(CONFIGURED_POSTING_DAYS);
        assertThat(service.publicPostingDays(stored.id())).isEqualTo(CONFIGURED_POSTING_DAYS);

        Campaign none = service.patch(stored.id(), json("{\"publicPostingDays\":0}"), VHXH);
        assertThat(none.publicPostingDays()).isZero();
        assertThat(service.view(none).publicPostingDays()).isZero();
        verify(workflow, never()).windowChanged(any());

        when(repository.find(stored.id())).thenReturn(Optional.of(none));
        Campaign back = service.patch(stored.id(), json("{\"publicPostingDays\":null}"), VHXH);
        assertThat(back.publicPostingDays()).isNull();
        assertThat(service.view(back).publicPostingDays()).isEqualTo(CONFIGURED_POSTING_DAYS);

        Campaign created = service.create(
                new CampaignRequest(
                        "NY-2025",
                        "Thi đua có niêm yết",
                        null,
                        LocalDate.of(2025, 7, 10),
                        null,
                        null,
                        List.of(AwardForm.BANG_KHEN_CHU_TICH_TINH),
                        null,
                        5),
                VHXH);
        assertThat(service.view(created).publicPostingDays()).isEqualTo(5);
    }

    @Test
    void publicPostingDaysMustBeBetweenZeroAndSixty() {
        CampaignService service = serviceAt("2025-07-10T08:00");
        CampaignRequest negative = new CampaignRequest(
                "NY",
                "T",
                null,
                LocalDate.of(2025, 7, 10),
                null,
                null,
                List.of(AwardForm.GIAY_KHEN_CHU_TICH_XA),
                null,
                -1);
        assertThatThrownBy(() -> service.create(negative, VHXH))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field, FieldViolation::code)
                                .containsExactly(tuple("publicPostingDays", "MIN")));

        Campaign stored = campaign(LocalDate.of(2025, 8, 20), 20);
        when(repository.find(stored.id())).thenReturn(Optional.of(stored));
        assertThatThrownBy(() -> service.patch(stored.id(), json("{\"publicPostingDays\":61}"), VHXH))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field, FieldViolation::code)
                                .containsExactly(tuple("publicPostingDays", "MAX")));
        assertThatThrownBy(() -> service.patch(stored.id(), json("{\"publicPostingDays\":\"năm\"}"), VHXH))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field, FieldViolation::code)
                                .containsExactly(tuple("publicPostingDays", "INVALID_VALUE")));
        verify(repository, never()).update(any());
        verify(repository, never()).insert(any());
    }

    private void assertWindow(String localDateTime, Campaign campaign, ErrorCode expected) {
        CampaignService service = serviceAt(localDateTime);
        if (expected == null) {
            service.requireOpenForSubmission(campaign.id());
        } else {
            assertThatThrownBy(() -> service.requireOpenForSubmission(campaign.id()))
                    .as("at %s", localDateTime)
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo(expected);
                        assertThat(e.getMessage()).isNotBlank();
                    });
        }
    }

    private static Campaign campaign(LocalDate congressDate, int windowDays) {
        return new Campaign(
                UUID.randomUUID(),
                "DH-2025",
                "Thi đua chào mừng Đại hội",
                "05/KH-UBND",
                LocalDate.of(2025, 7, 10),
                congressDate,
                windowDays,
                EnumSet.of(AwardForm.GIAY_KHEN_CHU_TICH_XA),
                CampaignLevel.COMMUNE,
                ZonedDateTime.of(2025, 7, 10, 8, 0, 0, 0, ZONE).toInstant(),
                "vhxh");
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
