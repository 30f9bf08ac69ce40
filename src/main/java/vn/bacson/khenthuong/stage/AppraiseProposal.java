package vn.bacson.khenthuong.stage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import vn.bacson.khenthuong.dossier.Appraisal;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * PROVINCE_APPRAISAL: the Sở Nội vụ appraises each nominee a commune proposed for the Bằng khen (DAT or KHONG_DAT, a
 * note) and forwards the proposal to the provincial council, or returns it to the commune with a comment.
 */
public record AppraiseProposal(
        @NotNull(message = REQUIRED) ProposalOutcome outcome,

        @NotNull(groups = Explained.class, message = REQUIRED) @Size(max = MAX_TEXT, message = SIZE)
        String comment,

        @NotNull(groups = GoingOn.class, message = REQUIRED) @Valid
        List<Nominee> nominees)
        implements StageCommand {

    public AppraiseProposal {
        comment = Commands.text(comment);
        nominees = Commands.rows(nominees);
    }

    /** The appraisal of one nominee of the proposal. */
    public record Nominee(
            @NotNull(message = REQUIRED) UUID nomineeId,

            @NotNull(groups = GoingOn.class, message = REQUIRED)
            Appraisal appraisal,

            @Size(max = MAX_TEXT, message = SIZE) String note)
            implements NomineeEntry {

        public Nominee {
            note = Commands.text(note);
        }
    }

    @Override
    public Stage stage() {
        return Stage.PROVINCE_APPRAISAL;
    }

    @Override
    public Class<?>[] groups() {
        return Commands.groups(outcome == ProposalOutcome.FORWARD, outcome == ProposalOutcome.RETURN);
    }
}
