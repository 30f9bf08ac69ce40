package vn.bacson.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bacson.khenthuong.campaign.CampaignRepository;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.support.TestNominee;

/** The checks a council session and a batch decision share, with the request's field names. */
class NomineeBatchTest {

    private static final NomineeBatch.Waiting AT_COUNCIL =
            new NomineeBatch.Waiting(Stage.COUNCIL_REVIEW, "NOT_IN_COUNCIL_REVIEW", "không chờ Hội đồng xét");

    private final UUID campaign = UUID.randomUUID();
    private final NomineeRepository nomineeRepository = mock(NomineeRepository.class);
    private final DossierRepository dossierRepository = mock(DossierRepository.class);
    private final List<Nominee> nominees = new ArrayList<>();
    private final List<Dossier> dossiers = new ArrayList<>();
    private NomineeBatches batches;

    @BeforeEach
    void repositories() {
        when(nomineeRepository.findAll(any()))
                .thenAnswer(call -> nominees.stream()
                        .filter(n -> ((Collection<?>) call.getArgument(0)).contains(n.id()))
                        .toList());
        when(nomineeRepository.findByDossier(any()))
                .thenAnswer(call -> nominees.stream()
                        .filter(n -> n.dossierId().equals(call.getArgument(0)))
                        .toList());
        when(dossierRepository.findAll(any()))
                .thenAnswer(call -> dossiers.stream()
                        .filter(d -> ((Collection<?>) call.getArgument(0)).contains(d.id()))
                        .toList());
        batches = new NomineeBatches(nomineeRepository, dossierRepository, mock(CampaignRepository.class));
    }

    @Test
    void rowsAreGroupedByDossierInRequestOrder() {
        Dossier first = dossier(campaign, "Hồ sơ Thôn 1", Stage.COUNCIL_REVIEW);
        Dossier second = dossier(campaign, "Hồ sơ Thôn 2", Stage.COUNCIL_REVIEW);
        Nominee a = nominee(first, "Nguyễn Thị Hường", Outcome.PENDING);
        Nominee b = nominee(second, "Chi hội Phụ nữ", Outcome.PENDING);
        Nominee c = nominee(first, "Lường Văn Đức", Outcome.PENDING);
        List<FieldViolation> invalid = new ArrayList<>();

        NomineeBatch batch = batches.group("votes", campaign, ids(a, b, c), AT_COUNCIL, invalid);

        assertThat(invalid).isEmpty();
        assertThat(batch.byDossier())
                .containsExactly(
                        java.util.Map.entry(first.id(), List.of(0, 2)), java.util.Map.entry(second.id(), List.of(1)));
        assertThat(batch.nominee(c.id()).fullName()).isEqualTo("Lường Văn Đức");
        assertThat(batches.missingNominees(batch, ids(a, b, c), "kết quả biểu quyết"))
                .isEmpty();
    }

    @Test
    void eachFaultyRowIsNamedByItsIndex() {
        Dossier waiting = dossier(campaign, "Hồ sơ Thôn 1", Stage.COUNCIL_REVIEW);
        Dossier elsewhere = dossier(campaign, "Hồ sơ Thôn 3", Stage.CHAIRMAN_DECISION);
        Nominee a = nominee(waiting, "Nguyễn Thị Hường", Outcome.PENDING);
        Nominee ruledOut = nominee(waiting, "Hoàng Văn Thắng", Outcome.NOT_AWARDED);
        Nominee late = nominee(elsewhere, "Vi Thị Lan", Outcome.PENDING);
        List<FieldViolation> invalid = new ArrayList<>();

        batches.group(
                "votes", campaign, Arrays.asList(a.id(), null, a.id(), ruledOut.id(), late.id()), AT_COUNCIL, invalid);

        assertThat(invalid)
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(
                        tuple("votes[1].nomineeId", "REQUIRED"),
                        tuple("votes[2].nomineeId", "DUPLICATE"),
                        tuple("votes[3].nomineeId", "NOT_IN_REVIEW"),
                        tuple("votes[4].nomineeId", "NOT_IN_COUNCIL_REVIEW"));
        assertThat(invalid.get(3).message()).isEqualTo("Hồ sơ «Hồ sơ Thôn 3» không chờ Hội đồng xét.");
    }

    @Test
    void aNomineeOfAnotherCampaignIsUnknown() {
        Dossier foreign = dossier(UUID.randomUUID(), "Hồ sơ phong trào khác", Stage.COUNCIL_REVIEW);
        Nominee stranger = nominee(foreign, "Nông Văn Dũng", Outcome.PENDING);

        DomainException e = catchThrowableOfType(
                DomainException.class,
                () -> batches.group(
                        "awards", campaign, List.of(stranger.id(), UUID.randomUUID()), AT_COUNCIL, new ArrayList<>()));

        assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_NOMINEE);
        assertThat(e.violations())
                .extracting(FieldViolation::field)
                .containsExactly("awards[0].nomineeId", "awards[1].nomineeId");
    }

    @Test
    void aDossierWhoseRunningNomineesAreNotAllNamedIsReportedOnce() {
        Dossier dossier = dossier(campaign, "Hồ sơ Thôn 1", Stage.COUNCIL_REVIEW);
        Nominee named = nominee(dossier, "Nguyễn Thị Hường", Outcome.PENDING);
        nominee(dossier, "Lường Văn Đức", Outcome.PENDING);
        nominee(dossier, "Hoàng Văn Thắng", Outcome.NOT_AWARDED);
        NomineeBatch batch = batches.group("votes", campaign, ids(named), AT_COUNCIL, new ArrayList<>());

        List<FieldViolation> missing = batches.missingNominees(batch, ids(named), "kết quả biểu quyết");

        assertThat(missing)
                .extracting(FieldViolation::field, FieldViolation::code, FieldViolation::message)
                .containsExactly(tuple(
                        "votes",
                        "MISSING_NOMINEE",
                        "Hồ sơ «Hồ sơ Thôn 1»: chưa có kết quả biểu quyết cho Lường Văn Đức."));
    }

    @Test
    void aRefusedCompletionSpeaksOfTheRequestsRows() {
        Dossier first = dossier(campaign, "Hồ sơ Thôn 1", Stage.COUNCIL_REVIEW);
        Dossier second = dossier(campaign, "Hồ sơ Thôn 2", Stage.COUNCIL_REVIEW);
        Nominee a = nominee(first, "A", Outcome.PENDING);
        Nominee b = nominee(second, "B", Outcome.PENDING);
        Nominee c = nominee(second, "C", Outcome.PENDING);
        NomineeBatch batch = batches.group("votes", campaign, ids(a, b, c), AT_COUNCIL, new ArrayList<>());
        DomainException refused = DomainException.invalid(List.of(
                new FieldViolation("nominees[1].votesFor", "TOO_MANY", "Quá số thành viên."),
                new FieldViolation("nominees", "MISSING_NOMINEE", "Thiếu.")));

        DomainException mapped = batch.inRequestTerms(refused, second.id());

        assertThat(mapped.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(mapped.violations()).extracting(FieldViolation::field).containsExactly("votes[2].votesFor", "votes");
    }

    private static List<UUID> ids(Nominee... list) {
        return Arrays.stream(list).map(Nominee::id).toList();
    }

    private Dossier dossier(UUID campaignId, String title, Stage stage) {
        Instant now = Instant.parse("2025-09-05T03:00:00Z");
        Dossier d = new Dossier(
                UUID.randomUUID(),
                campaignId,
                "thon-1",
                title,
                DossierStatus.IN_REVIEW,
                stage,
                now,
                null,
                null,
                now,
                "thon1",
                now,
                1);
        dossiers.add(d);
        return d;
    }

    private Nominee nominee(Dossier dossier, String name, Outcome outcome) {
        Nominee n = TestNominee.of(dossier.id(), name)
                .positionNo(nominees.size() + 1)
                .person(1980, null, Gender.FEMALE)
                .achievements("Thành tích", Set.of(EmulationContent.KTXH), "Sáng kiến")
                .eligible()
                .outcome(outcome)
                .build();
        nominees.add(n);
        return n;
    }
}
