package vn.bacson.khenthuong.tasklist;

import java.util.UUID;

/**
 * A filter of the task list saved by its user under a name. {@code query} is the list's query string (keys
 * stage, campaignId, unit, overdue, scope), so the page applies it as {@code /tasks?{query}}.
 */
public record SavedTaskFilter(UUID id, String name, String query) {

    /** Body of POST /api/me/task-filters. */
    public record Request(String name, String query) {}
}
