package vn.bacson.khenthuong.stage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * PARTY_BUILDING_SELECTION: the Ban Xây dựng Đảng selects the nominees to propose (FORWARD), returns the dossier
 * for amendment or turns it down; the comment says why when it does not go on.
 */
public record SelectNominees(
        @NotNull(message = REQUIRED) ReviewOutcome outcome,

        @NotNull(groups = Explained.class, message = REQUIRED) @Size(max = MAX_TEXT, message = SIZE)
        String comment,

        @NotNull(groups = GoingOn.class, message = REQUIRED) @Valid
        List<Nominee> nominees)
        implements StageCommand {

    public SelectNominees {
        comment = Commands.text(comment);
        nominees = Commands.rows(nominees);
    }

    /** Selected (true) or not for the proposal. */
    public record Nominee(
            @NotNull(message = REQUIRED) UUID nomineeId,

            @NotNull(groups = GoingOn.class, message = REQUIRED)
            Boolean selected)
            implements NomineeEntry {}

    @Override
    public Stage stage() {
        return Stage.PARTY_BUILDING_SELECTION;
    }

    @Override
    public Class<?>[] groups() {
        return Commands.groups(
                outcome == ReviewOutcome.FORWARD, outcome == ReviewOutcome.RETURN || outcome == ReviewOutcome.REJECT);
    }
}
