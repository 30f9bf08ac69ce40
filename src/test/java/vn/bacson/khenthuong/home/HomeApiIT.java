package vn.bacson.khenthuong.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.EngineTestSupport;
import vn.bacson.khenthuong.support.PostgresIT;

/**
 * GET /api/me/home per role, on data of the test's own campaign (?campaignId= narrows the start page to it): what
 * each user would find first — the counts, the days left, what is overdue and what is new since the last visit.
 */
class HomeApiIT extends PostgresIT {

    @Autowired
    private JdbcClient jdbc;

    private String campaignId;
    private HomeFixture fixture;

    @BeforeEach
    void campaign() {
        campaignId = createOpenCampaign();
        fixture = new HomeFixture(this::api, campaignId);
    }

    @Test
    void aUnitFindsItsOpenCampaignsAmendmentsDecisionsAndDrafts() {
        JsonNode draft = fixture.draft(unique("Bản nháp trang chủ"), unique("Lò Văn Nháp"));
        String reason = "Bổ sung biên bản họp bình xét của thôn.";
        JsonNode returned = fixture.returned(unique("Hồ sơ cần bổ sung"), unique("Hoàng Thị Bổ"), reason);
        JsonNode decided = fixture.decided(unique("Hồ sơ đã quyết định"), unique("Vi Văn Khen"));
        engine().runDueJobs(HomeFixture.id(decided));
        decided = fixture.get(decided);
        assertThat(decided.path("status").asText()).isEqualTo("DECIDED");

        JsonNode home = home("thon1");
        assertThat(home.at("/me/username").asText()).isEqualTo("thon1");
        assertThat(home.at("/me/displayName").asText()).isEqualTo("Hoàng Văn Thắng");
        assertThat(home.get("tasks").isNull()).as("a unit has no review tasks").isTrue();
        assertThat(home.get("campaigns").isNull()).isTrue();
        assertThat(home.get("councilSessions").isNull()).isTrue();

        JsonNode open = home.at("/unit/openCampaigns");
        assertThat(open).hasSize(1);
        assertThat(open.at("/0/id").asText()).isEqualTo(campaignId);
        // congress three days ago, a 20-day window: 17 days left
        assertThat(open.at("/0/daysLeft").asLong()).isEqualTo(17);
        assertThat(open.at("/0/submitted").asLong()).isEqualTo(2);
        assertThat(open.at("/0/drafts").asLong()).isEqualTo(1);

        JsonNode amendment = single(home.at("/unit/amendments"));
        assertThat(amendment.path("dossierId").asText()).isEqualTo(HomeFixture.id(returned));
        assertThat(amendment.path("reason").asText()).isEqualTo(reason);
        assertThat(OffsetDateTime.parse(amendment.path("dueAt").asText()))
                .isEqualTo(OffsetDateTime.parse(returned.path("amendmentDueAt").asText()));
        long daysLeft = ChronoUnit.DAYS.between(
                today(),
                OffsetDateTime.parse(returned.path("amendmentDueAt").asText())
                        .atZoneSameInstant(BUSINESS_ZONE)
                        .toLocalDate());
        assertThat(daysLeft).isPositive();
        assertThat(amendment.path("daysLeft").asLong()).isEqualTo(daysLeft);
        assertThat(amendment.path("overdue").asBoolean()).isFalse();

        JsonNode decision = single(home.at("/unit/decisions"));
        assertThat(decision.path("dossierId").asText()).isEqualTo(HomeFixture.id(decided));
        assertThat(decision.path("number").asText())
                .isEqualTo(decided.at("/decision/number").asText());
        assertThat(decision.path("decidedOn").asText())
                .isEqualTo(decided.at("/decision/decidedOn").asText());
        assertThat(decision.path("document").asText())
                .isEqualTo("/api/decisions/" + decided.at("/decision/id").asText() + "/document.pdf");

        JsonNode listedDraft = single(home.at("/unit/drafts"));
        assertThat(listedDraft.path("dossierId").asText()).isEqualTo(HomeFixture.id(draft));
        assertThat(listedDraft.path("nomineeCount").asInt()).isEqualTo(1);
        assertThat(listedDraft.path("campaignDaysLeft").asLong()).isEqualTo(17);

        // another unit sees none of it
        JsonNode other = home("thon2");
        assertThat(other.at("/unit/amendments")).isEmpty();
        assertThat(other.at("/unit/decisions")).isEmpty();
        assertThat(other.at("/unit/drafts")).isEmpty();
        assertThat(other.at("/unit/openCampaigns/0/submitted").asLong()).isZero();

        // past the amendment deadline the amendment shows overdue
        EngineTestSupport.setNow(
                OffsetDateTime.parse(returned.path("amendmentDueAt").asText())
                        .toInstant()
                        .plus(Duration.ofHours(1)));
        JsonNode late = single(home("thon1").at("/unit/amendments"));
        assertThat(late.path("overdue").asBoolean()).isTrue();
        assertThat(late.path("daysLeft").asLong()).isLessThanOrEqualTo(0);
    }

    @Test
    void partyBuildingFindsItsTasksOverdueDueSoonAndNewSinceTheLastVisit() {
        JsonNode first = fixture.inReview(unique("Hồ sơ thứ nhất"), unique("Nông Văn Một"));
        fixture.inReview(unique("Hồ sơ thứ hai"), unique("Nông Văn Hai"));

        JsonNode before = home("bxdd");
        assertThat(before.at("/tasks/total").asLong()).isEqualTo(2);
        assertThat(before.get("unit").isObject())
                .as("Ban Xây dựng Đảng also proposes")
                .isTrue();
        assertThat(before.get("campaigns").isNull()).isTrue();

        // an hour later (a new visit), a third dossier arrives
        Instant visited = EngineTestSupport.now();
        EngineTestSupport.advance(Duration.ofHours(1));
        JsonNode third = fixture.inReview(unique("Hồ sơ thứ ba"), unique("Nông Văn Ba"));
        JsonNode home = home("bxdd");
        assertThat(OffsetDateTime.parse(home.path("lastVisitAt").asText()).toInstant())
                .isBetween(visited.minusSeconds(60), visited.plusSeconds(60));
        assertThat(home.at("/tasks/total").asLong()).isEqualTo(3);
        assertThat(home.at("/tasks/arrived").asLong()).isEqualTo(1);
        assertThat(home.at("/tasks/overdue").asLong()).isZero();
        JsonNode stage = single(home.at("/tasks/byStage"));
        assertThat(stage.path("stage").asText()).isEqualTo("PARTY_BUILDING_SELECTION");
        assertThat(stage.path("total").asLong()).isEqualTo(3);
        assertThat(stage.path("arrived").asLong()).isEqualTo(1);
        assertThat(ids(home.at("/tasks/next"), "dossierId")).contains(HomeFixture.id(first), HomeFixture.id(third));
        // a reload within the same visit still shows what was new when it began
        assertThat(home("bxdd").at("/tasks/arrived").asLong()).isEqualTo(1);

        // claimed by me
        String taskId = fixture.task("bxdd", first, "PARTY_BUILDING_SELECTION")
                .path("id")
                .asText();
        assertThat(api("bxdd").post("/api/tasks/{id}/claim", null, taskId).status())
                .isEqualTo(200);
        assertThat(home("bxdd").at("/tasks/mine").asLong()).isEqualTo(1);

        // the day before the first due date all three are due soon; after the last one all are overdue
        Instant due = OffsetDateTime.parse(fixture.task("bxdd", first, "PARTY_BUILDING_SELECTION")
                        .path("due")
                        .asText())
                .toInstant();
        EngineTestSupport.setNow(due.minus(Duration.ofHours(20)));
        JsonNode soon = home("bxdd");
        assertThat(soon.at("/tasks/dueSoon").asLong()).isEqualTo(3);
        assertThat(soon.at("/tasks/overdue").asLong()).isZero();
        EngineTestSupport.setNow(due.plus(Duration.ofHours(2)));
        JsonNode overdue = home("bxdd");
        assertThat(overdue.at("/tasks/overdue").asLong()).isEqualTo(3);
        assertThat(overdue.at("/tasks/dueSoon").asLong()).isZero();
        assertThat(overdue.at("/tasks/next/0/overdue").asBoolean()).isTrue();
    }

    @Test
    void cultureSocialFindsItsAppraisalsAndTheCouncilSessionToPrepare() {
        fixture.selected(unique("Hồ sơ chờ thẩm định"), unique("Hoàng Văn Thẩm"));
        JsonNode waiting = fixture.appraised(unique("Hồ sơ chờ Hội đồng"), unique("Hoàng Văn Họp"));
        fixture.appraised(unique("Hồ sơ chờ Hội đồng 2"), unique("Hoàng Thị Họp"));

        JsonNode home = home("vhxh");
        assertThat(home.at("/tasks/total").asLong()).isEqualTo(1);
        assertThat(single(home.at("/tasks/byStage")).path("stage").asText()).isEqualTo("CULTURE_SOCIAL_APPRAISAL");
        JsonNode session = single(home.get("councilSessions"));
        assertThat(session.path("campaignId").asText()).isEqualTo(campaignId);
        assertThat(session.path("dossiers").asLong()).isEqualTo(2);
        assertThat(session.path("overdue").asLong()).isZero();
        assertThat(OffsetDateTime.parse(session.path("firstDue").asText()))
                .isEqualTo(OffsetDateTime.parse(fixture.task("hoidong", waiting, "COUNCIL_REVIEW")
                        .path("due")
                        .asText()));
        assertThat(session.get("recordSession").isNull())
                .as("the secretariat prepares the session, the council records it")
                .isTrue();
        assertThat(home.get("unit").isNull())
                .as("the office appraises, it does not propose")
                .isTrue();
    }

    @Test
    void theCouncilFindsItsNextSession() {
        fixture.appraised(unique("Hồ sơ Hội đồng xét"), unique("Lương Văn Xét"));

        JsonNode home = home("hoidong");
        assertThat(home.get("unit").isNull()).isTrue();
        assertThat(home.at("/tasks/total").asLong()).isEqualTo(1);
        assertThat(single(home.at("/tasks/byStage")).path("stage").asText()).isEqualTo("COUNCIL_REVIEW");
        JsonNode session = single(home.get("councilSessions"));
        assertThat(session.path("dossiers").asLong()).isEqualTo(1);
        assertThat(session.path("recordSession").asText()).isEqualTo("/council/sessions/new?campaignId=" + campaignId);
    }

    @Test
    void theChairmanFindsTheDecisionsToTake() {
        JsonNode voted = fixture.voted(unique("Hồ sơ chờ quyết định"), unique("Hà Văn Quyết"));

        JsonNode home = home("chutich");
        assertThat(home.get("councilSessions").isNull()).isTrue();
        assertThat(home.get("campaigns").isNull()).isTrue();
        JsonNode stage = single(home.at("/tasks/byStage"));
        assertThat(stage.path("stage").asText()).isEqualTo("CHAIRMAN_DECISION");
        assertThat(stage.path("total").asLong()).isEqualTo(1);
        assertThat(home.at("/tasks/next/0/dossierId").asText()).isEqualTo(HomeFixture.id(voted));
        assertThat(home.at("/tasks/overdue").asLong()).isZero();

        EngineTestSupport.advance(Duration.ofDays(40));
        assertThat(home("chutich").at("/tasks/overdue").asLong()).isEqualTo(1);
    }

    @Test
    void theOfficeLeadFindsEachCampaignInOneLine() {
        fixture.inReview(unique("Hồ sơ theo dõi"), unique("Lăng Văn Dõi"));
        long units = jdbc.sql("select count(*) from unit where dissolved = false")
                .query(Long.class)
                .single();

        JsonNode home = home("truongphong");
        assertThat(home.get("tasks").isNull()).isTrue();
        assertThat(home.get("unit").isNull()).isTrue();
        JsonNode line = single(home.get("campaigns"));
        assertThat(line.path("id").asText()).isEqualTo(campaignId);
        assertThat(line.path("status").asText()).isEqualTo("OPEN");
        assertThat(line.path("daysLeft").asLong()).isEqualTo(17);
        assertThat(line.path("units").asLong()).isEqualTo(units);
        assertThat(line.path("unitsNotSubmitted").asLong()).isEqualTo(units - 1);
        assertThat(line.path("dossiersInProgress").asLong()).isEqualTo(1);
        assertThat(line.path("openTasks").asLong()).isEqualTo(1);
        assertThat(line.path("overdueTasks").asLong()).isZero();
        assertThat(line.path("incidents").asLong()).isZero();
        assertThat(line.path("dashboard").asText()).isEqualTo("/monitoring/campaigns/" + campaignId);

        // a month later: the window has closed, the selection is overdue
        EngineTestSupport.advance(Duration.ofDays(30));
        JsonNode later = single(home("truongphong").get("campaigns"));
        assertThat(later.path("status").asText()).isEqualTo("CLOSED");
        assertThat(later.get("daysLeft").isNull()).isTrue();
        assertThat(later.path("overdueTasks").asLong()).isEqualTo(1);
    }

    @Test
    void anUnknownCampaignIsNotFoundAndStrangersMustSignIn() {
        ApiResponse unknown = api("thon1").get("/api/me/home?campaignId={id}", UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("CAMPAIGN_NOT_FOUND");
        assertThat(anonymous().get("/api/me/home").status()).isEqualTo(401);
    }

    private JsonNode home(String user) {
        ApiResponse response = api(user).get("/api/me/home?campaignId={id}", campaignId);
        assertThat(response.status()).as("%s's home: %s", user, response).isEqualTo(200);
        return response.json();
    }

    private static JsonNode single(JsonNode array) {
        assertThat(array).as("%s", array).hasSize(1);
        return array.get(0);
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    private static LocalDate today() {
        return EngineTestSupport.now().atZone(BUSINESS_ZONE).toLocalDate();
    }
}
