package vn.bacson.khenthuong.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;

/**
 * Complete listener of the review tasks. A task completed in Camunda Tasklist with its Camunda Form (same keys
 * as the API payload) goes through the same validation and writes as the API; an API completion is marked and
 * passes untouched.
 */
@Component
class TasklistCompletionListener implements TaskListener {

    /** The payload keys the stage forms post (forms/*.form). */
    static final List<String> PAYLOAD_KEYS = List.of(
            "outcome", "comment", "meetingDate", "membersTotal", "membersPresent", "absentWrittenOpinions", "nominees");

    private final TaskCompletionService completion;
    private final IdentityService identity;
    private final ObjectMapper json;
    private final ZoneId zone;

    TasklistCompletionListener(
            TaskCompletionService completion, IdentityService identity, ObjectMapper json, ZoneId businessZone) {
        this.completion = completion;
        this.identity = identity;
        this.json = json;
        this.zone = businessZone;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getEventName() == null) {
            return; // the task's process ended under us (see TaskProjection): this completion loses its race
        }
        if (task.getVariable(TaskCompletionService.COMPLETED_THROUGH_API) != null) {
            return;
        }
        Authentication caller = identity.getCurrentAuthentication();
        String username = caller == null ? null : caller.getUserId();
        List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        completion.completedInTasklist(task, payloadOf(task), username, groups);
    }

    private JsonNode payloadOf(DelegateTask task) {
        ObjectNode payload = json.createObjectNode();
        for (String key : PAYLOAD_KEYS) {
            Object value = task.getVariable(key);
            if (value != null) {
                payload.set(key, toJson(value));
            }
        }
        return payload;
    }

    private JsonNode toJson(Object value) {
        try {
            if (value instanceof SpinJsonNode spin) {
                return json.readTree(spin.toString());
            }
            if (value instanceof String text && (text.startsWith("[") || text.startsWith("{"))) {
                return json.readTree(text);
            }
            if (value instanceof Date date) {
                return json.getNodeFactory()
                        .textNode(date.toInstant().atZone(zone).toLocalDate().toString());
            }
            return json.valueToTree(value);
        } catch (JsonProcessingException e) {
            throw new DomainException(ErrorCode.MALFORMED_REQUEST);
        }
    }
}
