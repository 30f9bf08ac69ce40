package vn.bacson.khenthuong.documents;

import java.util.UUID;
import vn.bacson.khenthuong.dossier.NomineeType;

/** A nominee as the documents list it: who, what position in which unit, what for, which award, notes. */
public record AwardeeRow(
        UUID nomineeId,
        NomineeType type,
        String fullName,
        String position,
        String unitName,
        String achievement,
        String award,
        String note) {

    /** Position and unit for an individual ("Trưởng thôn, Thôn 1"), the unit for a collective or household. */
    public String description() {
        if (type == NomineeType.INDIVIDUAL && position != null && !position.isBlank()) {
            return position + ", " + unitName;
        }
        return unitName;
    }
}
