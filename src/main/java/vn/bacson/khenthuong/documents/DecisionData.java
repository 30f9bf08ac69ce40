package vn.bacson.khenthuong.documents;

import java.time.LocalDate;
import java.util.List;
import vn.bacson.khenthuong.campaign.Campaign;

/**
 * What a Quyết định tặng Giấy khen is drawn up from. number is null for the draft shown before signing.
 * minutesDate: the council meeting the decision rests on (null when unknown).
 */
public record DecisionData(
        String number,
        LocalDate decidedOn,
        Campaign campaign,
        String templateSet,
        List<AwardeeRow> awardees,
        LocalDate minutesDate) {

    public boolean draft() {
        return number == null;
    }
}
