package vn.bacson.khenthuong.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.bacson.khenthuong.identity.CurrentUser;

/**
 * Completes a review task with its stage's payload (API.md "Tasks"): validates the payload against the stage
 * and the dossier's nominees, records each nominee's result and the history, and completes the engine task.
 * Exactly one completion ever wins: a task that is gone or completed concurrently answers 409.
 */
@Service
public class TaskCompletionService {

    /** @return the id of the dossier the task belonged to */
    public UUID complete(String taskId, CurrentUser user, JsonNode payload) {
        throw new UnsupportedOperationException("TODO helper A");
    }
}
