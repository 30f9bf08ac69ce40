package vn.bacson.khenthuong.tasklist;

import java.time.Instant;
import java.util.UUID;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * One line of the reviewers' task list (API.md "Tasks"). {@code unit} is the dossier's unit as
 * {@code {"code","name"}}, like in the dossier view. {@code overdue}: the due date has passed.
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
        String assignee) {

    public record UnitRef(String code, String name) {}
}
