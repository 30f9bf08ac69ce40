package vn.bacson.khenthuong.stage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * COUNCIL_REVIEW: the Hội đồng Thi đua - Khen thưởng's meeting and its votes for each nominee. There is no outcome:
 * the process decides pass or fail by the council's rule. That the meeting is not in the future, that the present
 * are no more than the members and make a quorum, that the votes are no more than the present and that the written
 * opinions come from absent members are checked where the rule and the clock are.
 */
public record ReviewInCouncil(
        @NotNull(message = REQUIRED) LocalDate meetingDate,

        @NotNull(message = REQUIRED) @Min(value = 1, message = "{command.membersTotal.min}")
        Integer membersTotal,

        @NotNull(message = REQUIRED) @Min(value = 0, message = "{command.membersPresent.min}")
        Integer membersPresent,

        Integer absentWrittenOpinions,
        @Size(max = MAX_TEXT, message = SIZE) String comment,
        @NotNull(message = REQUIRED) @Valid List<Nominee> nominees)
        implements StageCommand {

    public ReviewInCouncil {
        comment = Commands.text(comment);
        nominees = Commands.rows(nominees);
    }

    /** The votes in favour of one nominee. */
    public record Nominee(
            @NotNull(message = REQUIRED) UUID nomineeId,

            @NotNull(message = REQUIRED) @Min(value = 0, message = "{command.votesFor.min}")
            Integer votesFor)
            implements NomineeEntry {}

    @Override
    public Stage stage() {
        return Stage.COUNCIL_REVIEW;
    }

    @Override
    public Class<?>[] groups() {
        return Commands.groups(false, false);
    }
}
