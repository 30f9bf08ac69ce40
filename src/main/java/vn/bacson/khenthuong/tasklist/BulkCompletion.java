package vn.bacson.khenthuong.tasklist;

import java.util.List;
import java.util.UUID;
import vn.bacson.khenthuong.process.BatchCompletionService.BulkOutcome;

/**
 * Body of POST /api/tasks/bulk-complete (the page posts the same fields): tasks of one stage, one outcome for
 * all, the comment (required for RETURN and REJECT).
 */
public record BulkCompletion(List<String> taskIds, BulkOutcome outcome, String comment) {

    /** At most this many tasks at once. */
    public static final int MAX_TASKS = 100;

    /** Answer: the completed tasks' dossiers, in order. */
    public record Completed(int count, List<UUID> dossierIds) {}
}
