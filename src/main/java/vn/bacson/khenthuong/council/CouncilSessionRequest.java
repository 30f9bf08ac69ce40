package vn.bacson.khenthuong.council;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** POST /api/council-sessions: one meeting of the commune council and its votes for many dossiers. */
public record CouncilSessionRequest(
        UUID campaignId,
        LocalDate meetingDate,
        Integer membersTotal,
        Integer membersPresent,
        Integer absentWrittenOpinions,
        String comment,
        List<Vote> votes) {

    public record Vote(UUID nomineeId, Integer votesFor) {}
}
