package vn.bacson.khenthuong.decision;

import java.util.UUID;
import vn.bacson.khenthuong.documents.AwardeeRow;
import vn.bacson.khenthuong.dossier.NomineeType;

/** Two awardees as the documents list them, with fixed ids (so QR codes and page images stay the same). */
final class Awardees {

    static final AwardeeRow MAI = new AwardeeRow(
            UUID.fromString("6f1c2b0e-4d3a-4c1e-9a57-2f0d3b8e1a03"),
            NomineeType.INDIVIDUAL,
            "Hoàng Thị Mai",
            "Bí thư Chi bộ",
            "Thôn 1",
            "Hoàn thành xuất sắc nhiệm vụ",
            "GIAY_KHEN_CHU_TICH_XA",
            null);

    static final AwardeeRow CHI_HOI = new AwardeeRow(
            UUID.fromString("6f1c2b0e-4d3a-4c1e-9a57-2f0d3b8e1a04"),
            NomineeType.COLLECTIVE,
            "Chi hội Phụ nữ thôn 2",
            null,
            "Thôn 2",
            "Mô hình đường hoa",
            "GIAY_KHEN_CHU_TICH_XA",
            null);

    private Awardees() {}
}
