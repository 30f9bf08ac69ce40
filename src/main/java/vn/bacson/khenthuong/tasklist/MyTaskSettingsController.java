package vn.bacson.khenthuong.tasklist;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.bacson.khenthuong.identity.CurrentUser;

@Tag(name = "Công việc", description = "The caller's delegations and saved task-list filters")
@RestController
@RequestMapping(path = "/api/me", produces = MediaType.APPLICATION_JSON_VALUE)
class MyTaskSettingsController {

    private final DelegationService delegations;
    private final SavedTaskFilters filters;

    MyTaskSettingsController(DelegationService delegations, SavedTaskFilters filters) {
        this.delegations = delegations;
        this.filters = filters;
    }

    @Operation(summary = "Ủy quyền của tôi (given and received, not yet ended)")
    @GetMapping("/delegations")
    Delegation.Mine delegations(CurrentUser user) {
        return delegations.mine(user);
    }

    @Operation(
            summary = "Ủy quyền cho đồng nghiệp (same review roles, from today on, no overlap)",
            description = "Body {delegate, from, to} (ISO dates, both included, Asia/Ho_Chi_Minh). 400 "
                    + "VALIDATION_FAILED (SELF, UNKNOWN_USER, DIFFERENT_ROLE, IN_PAST, BEFORE_START), 403 without a "
                    + "review role, 409 DELEGATION_OVERLAP.")
    @PostMapping("/delegations")
    @ResponseStatus(HttpStatus.CREATED)
    Delegation delegate(@RequestBody(required = false) Delegation.Request request, CurrentUser user) {
        return delegations.create(user, request);
    }

    @Operation(summary = "Chấm dứt ủy quyền (only the delegator; 404 DELEGATION_NOT_FOUND otherwise)")
    @DeleteMapping("/delegations/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void endDelegation(@PathVariable UUID id, CurrentUser user) {
        delegations.delete(user, id);
    }

    @Operation(summary = "Bộ lọc đã lưu của tôi (task list)")
    @GetMapping("/task-filters")
    List<SavedTaskFilter> filters(CurrentUser user) {
        return filters.list(user);
    }

    @Operation(
            summary = "Lưu bộ lọc (name unique per user)",
            description = "Body {name, query}: query as in GET /api/tasks and the /tasks page (stage, campaignId, "
                    + "unit, overdue, scope). 409 TASK_FILTER_NAME_TAKEN.")
    @PostMapping("/task-filters")
    @ResponseStatus(HttpStatus.CREATED)
    SavedTaskFilter saveFilter(@RequestBody(required = false) SavedTaskFilter.Request request, CurrentUser user) {
        return filters.save(user, request);
    }

    @Operation(summary = "Xóa bộ lọc đã lưu (only its owner; 404 TASK_FILTER_NOT_FOUND otherwise)")
    @DeleteMapping("/task-filters/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteFilter(@PathVariable UUID id, CurrentUser user) {
        filters.delete(user, id);
    }
}
