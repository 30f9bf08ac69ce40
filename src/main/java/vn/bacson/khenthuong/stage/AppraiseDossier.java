package vn.bacson.khenthuong.stage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.dossier.Appraisal;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * CULTURE_SOCIAL_APPRAISAL: the Phòng Văn hóa - Xã hội appraises each nominee (DAT or KHONG_DAT, the award form it
 * recommends, a note) and forwards the dossier to the council, returns it or turns it down.
 */
public record AppraiseDossier(
        @NotNull(message = REQUIRED) ReviewOutcome outcome,

        @NotNull(groups = Explained.class, message = REQUIRED) @Size(max = MAX_TEXT, message = SIZE)
        String comment,

        @NotNull(groups = GoingOn.class, message = REQUIRED) @Valid
        List<Nominee> nominees)
        implements StageCommand {

    public AppraiseDossier {
        comment = Commands.text(comment);
        nominees = Commands.rows(nominees);
    }

    /** recommendedAward: when absent, a nominee who passes keeps the award form the unit proposed. */
    public record Nominee(
            @NotNull(message = REQUIRED) UUID nomineeId,

            @NotNull(groups = GoingOn.class, message = REQUIRED)
            Appraisal appraisal,

            AwardForm recommendedAward,

            @Size(groups = GoingOn.class, max = MAX_TEXT, message = SIZE)
            String note)
            implements NomineeEntry {

        public Nominee {
            note = Commands.text(note);
        }
    }

    @Override
    public Stage stage() {
        return Stage.CULTURE_SOCIAL_APPRAISAL;
    }

    @Override
    public Class<?>[] groups() {
        return Commands.groups(
                outcome == ReviewOutcome.FORWARD, outcome == ReviewOutcome.RETURN || outcome == ReviewOutcome.REJECT);
    }
}
