package vn.bacson.khenthuong.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.PostgresIT;

class CampaignApiIT extends PostgresIT {

    @Test
    void aCampaignIsCreatedWithItsWindowInVietnameseTime() {
        String code = unique("DH");
        ApiResponse created = api("vhxh").post("/api/campaigns", campaign(code, "2025-08-20"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).endsWith("/api/campaigns/" + created.str("id"));
        assertThat(created.str("submissionOpensAt")).isEqualTo("2025-08-20T00:00:00+07:00");
        assertThat(created.str("submissionDeadline")).isEqualTo("2025-09-09T23:59:59.999+07:00");
        assertThat(created.json().get("windowDays").asInt()).isEqualTo(20);
        assertThat(created.str("launchedBy")).isEqualTo("COMMUNE");
        assertThat(api("thon1").get("/api/campaigns/{id}", created.str("id")).str("code"))
                .isEqualTo(code);

        ApiResponse duplicate = api("chutich").post("/api/campaigns", campaign(code, "2025-08-20"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("CAMPAIGN_CODE_TAKEN");
    }

    @Test
    void onlyCampaignManagersCreateAndChange() {
        ApiResponse byUnit = api("thon1").post("/api/campaigns", campaign(unique("X"), "2025-08-20"));
        assertThat(byUnit.status()).isEqualTo(403);
        assertThat(byUnit.code()).isEqualTo("FORBIDDEN");

        String id = createOpenCampaign();
        assertThat(api("hoidong")
                        .patch("/api/campaigns/{id}", Map.of("windowDays", 5), id)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anExplicitNullCongressDateClosesTheWindowUntilADateIsSet() {
        String id = createOpenCampaign();
        assertThat(api("vhxh").get("/api/campaigns/{id}", id).str("status")).isEqualTo("OPEN");

        Map<String, Object> clear = new HashMap<>();
        clear.put("congressDate", null);
        ApiResponse cleared = api("truongphong").patch("/api/campaigns/{id}", clear, id);

        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().get("congressDate").isNull()).isTrue();
        assertThat(cleared.json().get("submissionDeadline").isNull()).isTrue();
        assertThat(cleared.str("status")).isEqualTo("DRAFT_WINDOW");
        assertThat(cleared.json().get("windowDays").asInt()).isEqualTo(20);
    }

    @Test
    void invalidFieldsAndOversizedPagesAreProblems() {
        Map<String, Object> bad = new HashMap<>(campaign(unique("B"), "2025-08-20"));
        bad.put("windowDays", 0);
        bad.put("awardForms", List.of());
        ApiResponse refused = api("vhxh").post("/api/campaigns", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("windowDays", "awardForms");

        ApiResponse page = api("vhxh").get("/api/campaigns?size=201");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.code()).isEqualTo("PAGE_SIZE_TOO_LARGE");
        assertThat(api("vhxh").get("/api/campaigns?size=1").json().get("items")).hasSize(1);
    }

    @Test
    void publicPostingDaysAreSetOnCreationChangedByPatchAndResetByNull() {
        Map<String, Object> body = new HashMap<>(campaign(unique("NY"), "2025-08-20"));
        body.put("publicPostingDays", 5);
        ApiResponse created = api("vhxh").post("/api/campaigns", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("publicPostingDays").asInt()).isEqualTo(5);
        String id = created.str("id");

        ApiResponse changed = api("chutich").patch("/api/campaigns/{id}", Map.of("publicPostingDays", 10), id);
        assertThat(changed.json().get("publicPostingDays").asInt()).isEqualTo(10);
        assertThat(api("thon1")
                        .get("/api/campaigns/{id}", id)
                        .json()
                        .get("publicPostingDays")
                        .asInt())
                .isEqualTo(10);

        Map<String, Object> reset = new HashMap<>();
        reset.put("publicPostingDays", null);
        // back to app.workflow.public-posting-days, 0 in config/application.yml: no posting
        assertThat(api("vhxh")
                        .patch("/api/campaigns/{id}", reset, id)
                        .json()
                        .get("publicPostingDays")
                        .asInt())
                .isZero();

        ApiResponse negative = api("vhxh").patch("/api/campaigns/{id}", Map.of("publicPostingDays", -1), id);
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("errors").findValuesAsText("code")).containsExactly("MIN");
        Map<String, Object> tooLong = new HashMap<>(campaign(unique("NY"), "2025-08-20"));
        tooLong.put("publicPostingDays", 61);
        ApiResponse refused = api("vhxh").post("/api/campaigns", tooLong);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsText("field")).containsExactly("publicPostingDays");
    }

    private static Map<String, Object> campaign(String code, String congressDate) {
        return Map.of(
                "code",
                code,
                "title",
                "Thi đua chào mừng Đại hội Đảng bộ xã",
                "planNumber",
                "05/KH-UBND",
                "launchedOn",
                "2025-07-10",
                "congressDate",
                congressDate,
                "awardForms",
                List.of("GIAY_KHEN_CHU_TICH_XA", "BANG_KHEN_CHU_TICH_TINH"));
    }
}
