package vn.bacson.khenthuong.tasklist;

import vn.bacson.khenthuong.dossier.Stage;

/**
 * A reviewer's open tasks of one stage, counted: overdue (due date passed), due soon (not overdue, due within the
 * window the caller asked for), arrived (created after the caller's last visit) and claimed by the caller.
 */
public record StageCount(Stage stage, long total, long overdue, long dueSoon, long arrived, long mine) {}
