package vn.bacson.khenthuong.tasklist;

import java.util.UUID;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * Filters of GET /api/tasks; null means any. overdue=true: due date passed; overdue=false: not overdue (due
 * later, or no due date). mineOnly: assigned to the caller (assignee=me), or to someone they stand in for today.
 * unitCode: the unit's code or its name (case-insensitive).
 */
public record TaskFilter(Stage stage, UUID campaignId, String unitCode, Boolean overdue, boolean mineOnly) {

    public static TaskFilter none() {
        return new TaskFilter(null, null, null, null, false);
    }
}
