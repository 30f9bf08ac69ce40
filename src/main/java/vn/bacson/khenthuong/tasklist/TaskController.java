package vn.bacson.khenthuong.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.common.PageResult;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.process.TaskCompletionService;
import vn.bacson.khenthuong.steps.OnBehalfOf;

@Tag(name = "Công việc", description = "The reviewers' task list: claim, unclaim and complete stage tasks")
@RestController
@RequestMapping(path = "/api/tasks", produces = MediaType.APPLICATION_JSON_VALUE)
class TaskController {

    /** Answer of POST /api/tasks/{id}/complete. */
    record Completed(String taskId, UUID dossierId) {}

    private final TaskListService tasks;
    private final TaskCompletionService completion;

    TaskController(TaskListService tasks, TaskCompletionService completion) {
        this.tasks = tasks;
        this.completion = completion;
    }

    @Operation(
            summary = "Danh sách công việc (the caller's tasks: as candidate or assignee; paged)",
            description = "Sorted by due date (tasks without one last), then by creation. unit is the dossier's "
                    + "unit {code,name}; the unit filter takes the code or the name (\"Thôn 1\"). assigneeName: the "
                    + "holder's full name; onBehalf: held by someone the caller stands in for (delegation). overdue=true: due date passed; overdue=false: not overdue. "
                    + "assignee=me: only tasks the caller has claimed. Tasks of the caller's groups that a "
                    + "colleague has claimed are listed too, with that colleague as assignee.")
    @GetMapping
    PageResult<TaskItem> list(
            @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) UUID campaignId,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) String assignee,
            @ParameterObject PageQuery pageQuery,
            CurrentUser user) {
        if (assignee != null && !"me".equals(assignee)) {
            throw DomainException.invalid("assignee", "INVALID_VALUE", "Chỉ hỗ trợ giá trị assignee=me.");
        }
        TaskFilter filter = new TaskFilter(stage, campaignId, blankToNull(unit), overdue, assignee != null);
        return tasks.list(user, filter, pageQuery);
    }

    @Operation(summary = "Xem công việc (one task of the caller, as in the list)")
    @GetMapping("/{id}")
    TaskItem get(@PathVariable String id, CurrentUser user) {
        return tasks.get(user, id);
    }

    @Operation(
            summary = "Nhận xử lý (claim a candidate task)",
            description = "Claimed by someone else -> 409 TASK_ALREADY_CLAIMED; completed -> 409 "
                    + "TASK_ALREADY_COMPLETED; not one of the caller's tasks -> 404 TASK_NOT_FOUND.")
    @PostMapping("/{id}/claim")
    TaskItem claim(@PathVariable String id, CurrentUser user) {
        return tasks.claim(user, id);
    }

    @Operation(summary = "Bỏ nhận việc (unclaim: back to the group; only its assignee)")
    @PostMapping("/{id}/unclaim")
    TaskItem unclaim(@PathVariable String id, CurrentUser user) {
        return tasks.unclaim(user, id);
    }

    @Operation(
            summary = "Hoàn thành công việc (complete with the stage's payload)",
            description = "The payload depends on the stage (API.md). Exactly one completion wins: a task that "
                    + "is gone answers 409 TASK_ALREADY_COMPLETED. AMENDMENT tasks are completed by resubmitting "
                    + "the dossier.")
    @PostMapping("/{id}/complete")
    Completed complete(@PathVariable String id, @RequestBody(required = false) JsonNode payload, CurrentUser user) {
        OnBehalfOf onBehalfOf = tasks.checkCompletable(user, id);
        UUID dossierId = completion.complete(
                id, user, payload == null ? JsonNodeFactory.instance.objectNode() : payload, onBehalfOf);
        return new Completed(id, dossierId);
    }

    @Operation(
            summary = "Hoàn thành nhiều công việc cùng lúc (one stage, one outcome, all or nothing)",
            description = "Body {taskIds[], outcome FORWARD|RETURN|REJECT, comment}. FORWARD only at "
                    + "PARTY_BUILDING_SELECTION (every eligible nominee selected); RETURN/REJECT at the selection or "
                    + "the appraisal, with a comment. If any task is refused nothing is completed: 409 "
                    + "BULK_COMPLETION_REFUSED with errors[] {field: taskIds[i], code, message naming the dossier}.")
    @PostMapping("/bulk-complete")
    BulkCompletion.Completed completeMany(@RequestBody(required = false) BulkCompletion request, CurrentUser user) {
        return tasks.completeMany(user, request);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
