package vn.bacson.khenthuong.documents;

import java.time.LocalDate;
import java.util.List;
import vn.bacson.khenthuong.campaign.Campaign;

/** What the Biên bản họp xét is drawn up from: the recorded council session. */
public record MinutesData(
        LocalDate meetingDate,
        Campaign campaign,
        String templateSet,
        int membersTotal,
        int membersPresent,
        int absentWrittenOpinions,
        String comment,
        List<VoteRow> votes) {}
