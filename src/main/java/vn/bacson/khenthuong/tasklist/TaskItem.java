package vn.bacson.khenthuong.tasklist;

import java.time.Instant;
import java.util.UUID;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * One line of the reviewers' task list (API.md "Tasks"). {@code unit} is the dossier's unit as
 * {@code {"code","name"}}, like in the dossier view. {@code overdue}: the due date has passed.
 * {@code assigneeName}: the full name of the person holding the task. {@code onBehalf}: the task is held by
 * someone the caller stands in for today (a delegation), so the caller may complete it. {@code commune}: the
 * commune the task belongs to as {@code {"code","name"}} (the province's reviewers work for every commune).
 */
public record TaskItem(
        String id,
        Stage stage,
        String name,
        UUID dossierId,
        String dossierTitle,
        UnitRef unit,
        String campaignCode,
        int nomineeCount,
        Instant created,
        Instant due,
        boolean overdue,
        String assignee,
        String assigneeName,
        boolean onBehalf,
        CommuneRef commune) {

    public record UnitRef(String code, String name) {}

    public record CommuneRef(String code, String name) {}

    /** The same line with the assignee's name and whether the caller acts for the assignee. */
    TaskItem withAssignee(String name, boolean actingFor) {
        return new TaskItem(
                id,
                stage,
                this.name,
                dossierId,
                dossierTitle,
                unit,
                campaignCode,
                nomineeCount,
                created,
                due,
                overdue,
                assignee,
                name,
                actingFor,
                commune);
    }
}
