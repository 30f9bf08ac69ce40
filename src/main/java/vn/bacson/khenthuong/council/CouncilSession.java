package vn.bacson.khenthuong.council;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.bacson.khenthuong.dossier.NomineeType;

/** A recorded council meeting with the votes as the minutes print them (a snapshot of each nominee). */
public record CouncilSession(
        UUID id,
        UUID campaignId,
        LocalDate meetingDate,
        int membersTotal,
        int membersPresent,
        int absentWrittenOpinions,
        String comment,
        String recordedBy,
        Instant recordedAt,
        List<Vote> votes) {

    public record Vote(
            UUID nomineeId,
            UUID dossierId,
            int lineNo,
            NomineeType type,
            String fullName,
            String position,
            String unitName,
            String proposedAward,
            int votesFor,
            boolean passed) {}

    public List<UUID> dossierIds() {
        return votes.stream().map(Vote::dossierId).distinct().toList();
    }
}
