package vn.bacson.khenthuong.stage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * PROVINCE_COUNCIL: the meeting of the Hội đồng Thi đua - Khen thưởng tỉnh and its votes for each nominee the Sở Nội
 * vụ found DAT. No outcome: the quorum and the threshold of the commune council's rule decide who passes.
 */
public record ReviewInProvinceCouncil(
        @NotNull(message = REQUIRED) LocalDate meetingDate,

        @NotNull(message = REQUIRED) @Min(value = 1, message = "{command.membersTotal.min}")
        Integer membersTotal,

        @NotNull(message = REQUIRED) @Min(value = 0, message = "{command.membersPresent.min}")
        Integer membersPresent,

        @NotNull(message = REQUIRED) @Valid List<Nominee> nominees)
        implements StageCommand {

    public ReviewInProvinceCouncil {
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
        return Stage.PROVINCE_COUNCIL;
    }

    /** The council records no comment. */
    @Override
    public String comment() {
        return null;
    }

    @Override
    public Class<?>[] groups() {
        return Commands.groups(false, false);
    }
}
