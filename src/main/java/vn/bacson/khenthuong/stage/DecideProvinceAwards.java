package vn.bacson.khenthuong.stage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * PROVINCE_DECISION: the Chủ tịch UBND tỉnh awards the Bằng khen to each nominee or not (DECIDE), or returns the
 * proposal to the commune with a comment (RETURN).
 */
public record DecideProvinceAwards(
        @NotNull(message = REQUIRED) DecisionOutcome outcome,

        @NotNull(groups = Explained.class, message = REQUIRED) @Size(max = MAX_TEXT, message = SIZE)
        String comment,

        @NotNull(groups = GoingOn.class, message = REQUIRED) @Valid
        List<Nominee> nominees)
        implements StageCommand {

    public DecideProvinceAwards {
        comment = Commands.text(comment);
        nominees = Commands.rows(nominees);
    }

    /** Whether one nominee receives the Bằng khen of the Chủ tịch UBND tỉnh. */
    public record Nominee(
            @NotNull(message = REQUIRED) UUID nomineeId,

            @NotNull(groups = GoingOn.class, message = REQUIRED)
            Boolean awarded)
            implements NomineeEntry {}

    @Override
    public Stage stage() {
        return Stage.PROVINCE_DECISION;
    }

    @Override
    public Class<?>[] groups() {
        return Commands.groups(outcome == DecisionOutcome.DECIDE, outcome == DecisionOutcome.RETURN);
    }
}
