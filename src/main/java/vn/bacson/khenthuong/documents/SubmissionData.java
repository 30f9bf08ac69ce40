package vn.bacson.khenthuong.documents;

import java.time.LocalDate;
import java.util.List;
import vn.bacson.khenthuong.campaign.Campaign;

/**
 * What the Tờ trình to the province is drawn up from: the nominees proposed for the provincial Bằng khen, those
 * the chairman awarded a Giấy khen (for the counts), and the council meeting they rest on (null if unknown).
 */
public record SubmissionData(
        LocalDate date,
        Campaign campaign,
        String templateSet,
        List<AwardeeRow> proposals,
        List<AwardeeRow> localAwards,
        LocalDate minutesDate) {}
