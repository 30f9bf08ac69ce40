package vn.bacson.khenthuong.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.PostgresIT;

/** GET/POST/DELETE /api/me/task-filters: each user's own named filters, kept in the database. */
class SavedTaskFilterIT extends PostgresIT {

    @Test
    void aUserSavesListsAndDeletesTheirFiltersAndNobodyElseSeesThem() {
        String name = unique("Thôn 1 – chờ lựa chọn");
        ApiResponse saved = api("bxdd")
                .post(
                        "/api/me/task-filters",
                        Map.of("name", name, "query", "?stage=PARTY_BUILDING_SELECTION&unit=thon-1"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        assertThat(saved.str("query")).isEqualTo("stage=PARTY_BUILDING_SELECTION&unit=thon-1");
        String id = saved.str("id");

        assertThat(api("bxdd").get("/api/me/task-filters").json().findValuesAsText("name"))
                .contains(name);
        assertThat(api("vhxh").get("/api/me/task-filters").json().findValuesAsText("id"))
                .doesNotContain(id);
        ApiResponse foreign = api("vhxh").delete("/api/me/task-filters/{id}", id);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo("TASK_FILTER_NOT_FOUND");
        assertThat(api("bxdd").get("/api/me/task-filters").json().findValuesAsText("id"))
                .contains(id);

        ApiResponse again = api("bxdd").post("/api/me/task-filters", Map.of("name", name, "query", "overdue=true"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("TASK_FILTER_NAME_TAKEN");
        // the same name is free for someone else
        ApiResponse theirs = api("vhxh").post("/api/me/task-filters", Map.of("name", name, "query", "overdue=true"));
        assertThat(theirs.status()).isEqualTo(201);

        assertThat(api("bxdd").delete("/api/me/task-filters/{id}", id).status()).isEqualTo(204);
        assertThat(api("bxdd").get("/api/me/task-filters").json().findValuesAsText("id"))
                .doesNotContain(id);
        assertThat(api("vhxh")
                        .delete("/api/me/task-filters/{id}", theirs.str("id"))
                        .status())
                .isEqualTo(204);
    }

    @Test
    void aFilterNeedsANameAndOnlyTheListsKeys() {
        ApiResponse noName =
                api("bxdd").post("/api/me/task-filters", Map.of("name", " ", "query", "stage=COUNCIL_REVIEW"));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().get("errors").findValuesAsText("field")).containsExactly("name");

        ApiResponse foreignKey = api("bxdd")
                .post("/api/me/task-filters", Map.of("name", unique("lạ"), "query", "stage=COUNCIL_REVIEW&redirect=x"));
        assertThat(foreignKey.status()).isEqualTo(400);
        assertThat(foreignKey.json().get("errors").findValuesAsText("field")).containsExactly("query");
        assertThat(anonymous().get("/api/me/task-filters").status()).isEqualTo(401);
    }
}
