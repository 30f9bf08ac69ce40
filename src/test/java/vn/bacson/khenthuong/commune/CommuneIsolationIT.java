package vn.bacson.khenthuong.commune;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.bacson.khenthuong.support.Api;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.CommuneFixture;
import vn.bacson.khenthuong.support.DecisionFixture;
import vn.bacson.khenthuong.support.EngineTestSupport;
import vn.bacson.khenthuong.support.PostgresIT;

/**
 * Two communes on one installation (issue 14): nothing of one is reachable from the other, by id, list, task,
 * count, export, e-mail or document; campaign codes and decision numbers are their own. Two fresh communes per
 * run (the IT database is shared and reused), each with the full set of commune roles, the same campaign code and
 * a decision each, which is number 1 of the year in both.
 *
 * <p>Also the second wall: the application connects as an ordinary role (support.ItDatabase), so PostgreSQL's
 * row-level security holds; a query that forgets the commune filter still sees only its commune's rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommuneIsolationIT extends PostgresIT {

    @Autowired
    private JdbcClient jdbc;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String communeA = "it-a-" + suffix;
    private final String communeB = "it-b-" + suffix;
    private final String campaignCode = "TD-" + suffix.toUpperCase();

    /** The two communes by code. */
    private final Map<String, CommuneFixture> communes = new HashMap<>();

    private Side a;
    private Side b;

    /** What one commune made: its campaign, a decided dossier, a dossier still at the council, the decision. */
    private record Side(
            String commune, String campaignId, JsonNode decision, String decidedDossierId, String openDossierId) {}

    @BeforeAll
    void twoCommunes() {
        communes.put(communeA, onboardCommune(communeA, "Xã Thử A").likeTheDemo());
        communes.put(communeB, onboardCommune(communeB, "Xã Thử B").likeTheDemo());
        a = walk(communeA);
        b = walk(communeB);
    }

    private Api as(String commune, String role) {
        return communes.get(commune).as(role);
    }

    private Side walk(String commune) {
        String campaignId = communes.get(commune).openCampaign(campaignCode, "Phong trào thi đua của " + commune);
        Function<String, Api> users = role -> as(commune, role);
        JsonNode decision = DecisionFixture.decided(users, campaignId, "thon1", "Nguyễn Văn " + commune);
        String decidedDossierId = as(commune, "chutich")
                .get("/api/dossiers?campaignId={c}", campaignId)
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asText();
        JsonNode open = vn.bacson.khenthuong.support.DossierFixture.inReview(
                as(commune, "thon1"), campaignId, "Hồ sơ đang xét", "Trần Thị " + commune);
        return new Side(
                commune, campaignId, decision, decidedDossierId, open.path("id").asText());
    }

    @Test
    void sameCampaignCodeAndDecisionNumberOneInBothCommunes() {
        int year = EngineTestSupport.now().atZone(BUSINESS_ZONE).getYear();
        assertThat(a.decision().path("number").asText()).isEqualTo("1/QĐ-UBND");
        assertThat(b.decision().path("number").asText()).isEqualTo("1/QĐ-UBND");
        assertThat(a.decision().path("id").asText())
                .isNotEqualTo(b.decision().path("id").asText());
        for (Side side : List.of(a, b)) {
            JsonNode campaigns = as(side.commune(), "vhxh")
                    .get("/api/campaigns?size=200")
                    .json()
                    .path("items");
            assertThat(campaigns).extracting(c -> c.path("code").asText()).containsOnlyOnce(campaignCode);
            assertThat(campaigns).extracting(c -> c.path("id").asText()).containsOnly(side.campaignId());
        }
        assertThat(year).isPositive();
    }

    @Test
    void everyApiFamilyAnswers404OrNothingAcrossCommunes() {
        for (String role : List.of("vhxh", "chutich", "truongphong", "hoidong", "bxdd", "thon1")) {
            Api stranger = as(communeA, role);
            List<String> leaks = new ArrayList<>();
            expect404(leaks, stranger, "/api/campaigns/{id}", b.campaignId());
            expect404(leaks, stranger, "/api/dossiers/{id}", b.decidedDossierId());
            expect404(leaks, stranger, "/api/dossiers/{id}", b.openDossierId());
            expect404(leaks, stranger, "/api/dossiers/{id}/documents", b.openDossierId());
            expect404(leaks, stranger, "/api/dossiers/{id}/summary.pdf", b.decidedDossierId());
            expect404(leaks, stranger, "/api/dossiers/{id}/feedback", b.openDossierId());
            expect404(
                    leaks,
                    stranger,
                    "/api/decisions/{id}",
                    b.decision().path("id").asText());
            expect404(
                    leaks,
                    stranger,
                    "/api/decisions/{id}/document.pdf",
                    b.decision().path("id").asText());
            expect404(
                    leaks,
                    stranger,
                    "/api/decisions/{id}/certificates.pdf",
                    b.decision().path("id").asText());
            expect404(leaks, stranger, "/api/monitoring/campaigns/{id}", b.campaignId());
            expect404(leaks, stranger, "/api/monitoring/campaigns/{id}/export/dossiers.csv", b.campaignId());
            expect404(leaks, stranger, "/api/campaigns/{id}/summary.pdf", b.campaignId());
            expect404(leaks, stranger, "/dossiers/{id}", b.openDossierId());
            expect404(
                    leaks, stranger, "/decisions/{id}", b.decision().path("id").asText());
            expect404(leaks, stranger, "/monitoring/campaigns/{id}", b.campaignId());
            JsonNode nominee = as(communeB, "vhxh")
                    .get("/api/dossiers/{id}", b.openDossierId())
                    .json()
                    .path("nominees")
                    .get(0);
            expect404(
                    leaks,
                    stranger,
                    "/api/dossiers/{id}/nominees/" + nominee.path("id").asText() + "/achievement-report",
                    b.openDossierId());
            assertThat(leaks)
                    .as("%s of %s reaching %s", role, communeA, communeB)
                    .isEmpty();

            expectNothing(stranger, "/api/dossiers?campaignId={c}&size=200", b.campaignId());
            expectNothing(stranger, "/api/tasks?campaignId={c}&size=200", b.campaignId());
            expectNothing(stranger, "/api/notifications?dossierId={d}&size=200", b.openDossierId());
            expectNothing(stranger, "/api/notifications?campaignId={c}&size=200", b.campaignId());
            expectNothing(stranger, "/api/council-sessions?campaignId={c}&size=200", b.campaignId());
            expectNothing(stranger, "/api/public/postings?campaignId={c}&size=200", b.campaignId());
        }
        // B's open task: invisible by id, and neither claimable nor completable from A
        String taskB = as(communeB, "bxdd")
                .get("/api/tasks?campaignId={c}&size=200", b.campaignId())
                .json()
                .path("items")
                .get(0)
                .path("id")
                .asText();
        assertThat(as(communeA, "bxdd").get("/api/tasks/{id}", taskB).status()).isEqualTo(404);
        assertThat(as(communeA, "bxdd")
                        .post(
                                "/api/tasks/{id}/complete",
                                Map.of(
                                        "meetingDate",
                                        "2025-09-01",
                                        "membersTotal",
                                        9,
                                        "membersPresent",
                                        8,
                                        "nominees",
                                        List.of()),
                                taskB)
                        .status())
                .isEqualTo(404);
        assertThat(as(communeA, "bxdd")
                        .post("/api/tasks/{id}/claim", null, taskB)
                        .status())
                .isEqualTo(404);
        assertThat(as(communeB, "bxdd").get("/api/tasks/{id}", taskB).status()).isEqualTo(200);
        // A's own lists do show A's work
        assertThat(as(communeA, "vhxh")
                        .get("/api/dossiers?campaignId={c}", a.campaignId())
                        .json()
                        .path("total")
                        .asLong())
                .isEqualTo(2);
        assertThat(as(communeA, "bxdd")
                        .get("/api/tasks?campaignId={c}", a.campaignId())
                        .json()
                        .path("total")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void theDecisionsListAndTheHomePageHoldOnlyTheirCommune() {
        JsonNode decisions = as(communeA, "chutich")
                .get("/api/decisions?campaignId={c}&size=200", a.campaignId())
                .json()
                .path("items");
        assertThat(decisions)
                .extracting(d -> d.path("id").asText())
                .containsExactly(a.decision().path("id").asText());
        ApiResponse othersDecisions =
                as(communeA, "chutich").get("/api/decisions?campaignId={c}&size=200", b.campaignId());
        if (othersDecisions.status() == 200) {
            assertThat(othersDecisions.json().path("items")).isEmpty();
        } else {
            assertThat(othersDecisions.status()).isEqualTo(404);
        }
        String home = as(communeA, "bxdd").get("/api/me/home").text();
        assertThat(home).doesNotContain(b.campaignId()).doesNotContain(b.openDossierId());
    }

    @Test
    void rowLevelSecurity_aQueryThatForgetsTheFilterStillSeesOnlyItsCommune() {
        // no in_commune(...) in these statements: only PostgreSQL's policies stand between the communes
        long seenFromA = CommuneContext.call(
                communeA,
                () -> jdbc.sql("select count(*) from dossier where campaign_id in (?, ?)")
                        .params(UUID.fromString(a.campaignId()), UUID.fromString(b.campaignId()))
                        .query(Long.class)
                        .single());
        long decisionsSeenFromA = CommuneContext.call(
                communeA,
                () -> jdbc.sql("select count(*) from decision where id in (?, ?)")
                        .params(
                                UUID.fromString(a.decision().path("id").asText()),
                                UUID.fromString(b.decision().path("id").asText()))
                        .query(Long.class)
                        .single());
        long seenByNobody = CommuneContext.call(
                CommuneContext.NONE,
                () -> jdbc.sql("select count(*) from dossier where campaign_id in (?, ?)")
                        .params(UUID.fromString(a.campaignId()), UUID.fromString(b.campaignId()))
                        .query(Long.class)
                        .single());
        long seenByTheProvince = CommuneContext.call(
                CommuneContext.ALL,
                () -> jdbc.sql("select count(*) from dossier where campaign_id in (?, ?)")
                        .params(UUID.fromString(a.campaignId()), UUID.fromString(b.campaignId()))
                        .query(Long.class)
                        .single());
        assertThat(seenFromA).isEqualTo(2);
        assertThat(decisionsSeenFromA).isEqualTo(1);
        assertThat(seenByNobody).isZero();
        assertThat(seenByTheProvince).isEqualTo(4);
        // and a row cannot be written into another commune
        Integer moved = null;
        try {
            moved = CommuneContext.call(
                    communeA,
                    () -> jdbc.sql("update dossier set commune_code = ? where id = ?")
                            .params(communeB, UUID.fromString(a.openDossierId()))
                            .update());
        } catch (org.springframework.dao.DataAccessException refused) {
            assertThat(refused.getMostSpecificCause()).hasMessageContaining("row-level security");
        }
        assertThat(moved).isNull();
    }

    @Test
    void everyTableWithACommuneColumnIsUnderTheForcedRowPolicy() {
        // a new table of commune rows without its policy would be held apart by the first wall alone
        List<String> unguarded = jdbc.sql("""
                        select c.relname from pg_class c
                        join pg_namespace n on n.oid = c.relnamespace and n.nspname = current_schema()
                        join pg_attribute a on a.attrelid = c.oid and a.attname = 'commune_code' and not a.attisdropped
                        where c.relkind = 'r'
                          and not (c.relrowsecurity and c.relforcerowsecurity
                                   and exists (select 1 from pg_policy p
                                               where p.polrelid = c.oid and p.polname = 'commune_rows'))
                        order by c.relname""").query(String.class).list();
        long tables = jdbc.sql("""
                        select count(*) from pg_class c
                        join pg_namespace n on n.oid = c.relnamespace and n.nspname = current_schema()
                        join pg_attribute a on a.attrelid = c.oid and a.attname = 'commune_code' and not a.attisdropped
                        where c.relkind = 'r'""").query(Long.class).single();
        assertThat(tables).as("tables with a commune_code").isGreaterThan(20);
        assertThat(unguarded)
                .as("tables with a commune_code but no forced commune_rows policy")
                .isEmpty();
    }

    /** The other commune's record answers exactly as a record that does not exist: never 2xx, no existence leak. */
    private static void expect404(List<String> leaks, Api api, String path, String id) {
        int other = api.get(path, id).status();
        int missing = api.get(path, UUID.randomUUID().toString()).status();
        if (other < 400 || other != missing) {
            leaks.add(path + " -> " + other + " (a missing record: " + missing + ")");
        }
    }

    private static void expectNothing(Api api, String path, String id) {
        ApiResponse response = api.get(path, id);
        if (response.status() == 200) {
            assertThat(response.json().path("total").asLong()).as(path).isZero();
            assertThat(response.json().path("items")).as(path).isEmpty();
        } else {
            assertThat(response.status()).as(path + " " + response).isIn(403, 404);
        }
    }
}
