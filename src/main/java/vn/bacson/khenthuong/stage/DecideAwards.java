package vn.bacson.khenthuong.stage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import vn.bacson.khenthuong.dossier.ChairmanAward;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * CHAIRMAN_DECISION: the Chủ tịch UBND xã decides each nominee's award (a Giấy khen, a proposal for the province's
 * Bằng khen, none) or returns the dossier with a comment.
 */
public record DecideAwards(
        @NotNull(message = REQUIRED) DecisionOutcome outcome,

        @NotNull(groups = Explained.class, message = REQUIRED) @Size(max = MAX_TEXT, message = SIZE)
        String comment,

        @NotNull(groups = GoingOn.class, message = REQUIRED) @Valid
        List<Nominee> nominees)
        implements StageCommand {

    public DecideAwards {
        comment = Commands.text(comment);
        nominees = Commands.rows(nominees);
    }

    /** The award decided for one nominee. */
    public record Nominee(
            @NotNull(message = REQUIRED) UUID nomineeId,

            @NotNull(groups = GoingOn.class, message = REQUIRED)
            ChairmanAward award)
            implements NomineeEntry {}

    @Override
    public Stage stage() {
        return Stage.CHAIRMAN_DECISION;
    }

    @Override
    public Class<?>[] groups() {
        return Commands.groups(outcome == DecisionOutcome.DECIDE, outcome == DecisionOutcome.RETURN);
    }
}
