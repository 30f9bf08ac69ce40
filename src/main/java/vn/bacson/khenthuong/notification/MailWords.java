package vn.bacson.khenthuong.notification;

import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.dossier.ChairmanAward;
import vn.bacson.khenthuong.dossier.DocumentKind;
import vn.bacson.khenthuong.dossier.Eligibility;
import vn.bacson.khenthuong.dossier.IneligibilityReason;
import vn.bacson.khenthuong.dossier.NomineeType;
import vn.bacson.khenthuong.dossier.Outcome;
import vn.bacson.khenthuong.dossier.Stage;

/** The codes of the domain in the plain Vietnamese words a commune officer reads in an e-mail. */
final class MailWords {

    private MailWords() {}

    static String reason(IneligibilityReason reason) {
        return switch (reason) {
            case DISCIPLINED -> "đang trong thời hạn kỷ luật từ khiển trách trở lên";
            case MEMBER_DISCIPLINED -> "có thành viên đang trong thời hạn kỷ luật từ khiển trách trở lên";
            case ON_HOLD ->
                "đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra, có đơn khiếu nại, tố cáo "
                        + "hoặc đang xác minh thông tin báo chí nêu (tạm dừng xét khen thưởng)";
            case DUPLICATE_NOMINATION ->
                "đã được đề nghị khen thưởng ở một hồ sơ khác trong phong trào này "
                        + "(mỗi thành tích chỉ đề nghị một hình thức khen thưởng)";
            case MISSING_ACHIEVEMENT ->
                "chưa có thành tích thuộc nội dung thi đua của kế hoạch, hoặc chưa có sáng kiến, "
                        + "cách làm hay hay việc làm cụ thể";
            case BANG_KHEN_GROUND_REQUIRED ->
                "cá nhân đề nghị Bằng khen của Chủ tịch UBND tỉnh trong phong trào do xã "
                        + "phát động cần có thêm căn cứ khác (nhiều thành tích, đóng góp, hoặc công nhân, nông dân tiêu biểu)";
            case AWARD_FORM_NOT_IN_CAMPAIGN -> "hình thức khen thưởng đề nghị không thuộc phong trào thi đua này";
            case UNIT_DISSOLVED -> "đơn vị đã giải thể khi sắp xếp tổ chức bộ máy năm 2025";
        };
    }

    static String outcome(Outcome outcome) {
        return switch (outcome) {
            case PENDING -> "Đang xem xét";
            case GIAY_KHEN_CHU_TICH_XA -> "Được tặng Giấy khen của Chủ tịch UBND xã";
            case PROPOSED_BANG_KHEN_CHU_TICH_TINH -> "Được đề nghị Chủ tịch UBND tỉnh tặng Bằng khen";
            case BANG_KHEN_CHU_TICH_TINH -> "Được tặng Bằng khen của Chủ tịch UBND tỉnh";
            case NOT_AWARDED -> "Không được khen thưởng";
        };
    }

    static String award(AwardForm form) {
        return form == null
                ? ""
                : switch (form) {
                    case GIAY_KHEN_CHU_TICH_XA -> "Giấy khen của Chủ tịch UBND xã";
                    case BANG_KHEN_CHU_TICH_TINH -> "Bằng khen của Chủ tịch UBND tỉnh";
                };
    }

    static String chairmanAward(ChairmanAward award) {
        return award == null
                ? ""
                : switch (award) {
                    case GIAY_KHEN_CHU_TICH_XA -> "Giấy khen của Chủ tịch UBND xã";
                    case PROPOSE_BANG_KHEN_CHU_TICH_TINH -> "Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen";
                    case NONE -> "Không khen thưởng";
                };
    }

    static String nomineeType(NomineeType type) {
        return type == null
                ? ""
                : switch (type) {
                    case INDIVIDUAL -> "Cá nhân";
                    case COLLECTIVE -> "Tập thể";
                    case HOUSEHOLD -> "Hộ gia đình";
                };
    }

    static String eligibility(Eligibility eligibility) {
        return eligibility == null
                ? ""
                : switch (eligibility) {
                    case ELIGIBLE -> "Đủ điều kiện";
                    case INELIGIBLE -> "Không đủ điều kiện";
                    case PENDING -> "Tạm dừng xét";
                };
    }

    static String stage(Stage stage) {
        return stage == null
                ? ""
                : switch (stage) {
                    case AMENDMENT -> "Bổ sung hồ sơ";
                    case PARTY_BUILDING_SELECTION -> "Lựa chọn đối tượng đề nghị (Ban Xây dựng Đảng)";
                    case CULTURE_SOCIAL_APPRAISAL -> "Thẩm định hồ sơ (Phòng Văn hóa - Xã hội)";
                    case COUNCIL_REVIEW -> "Xét duyệt tại Hội đồng Thi đua - Khen thưởng xã";
                    case CHAIRMAN_DECISION -> "Quyết định khen thưởng (Chủ tịch UBND xã)";
                };
    }

    static String document(DocumentKind kind, String nomineeName) {
        return switch (kind) {
            case TO_TRINH -> "Tờ trình đề nghị khen thưởng";
            case BIEU_TOM_TAT -> "Biểu tóm tắt thành tích";
            case BIEN_BAN_HOP_XET -> "Biên bản họp xét, đề nghị khen thưởng";
            case BAO_CAO_THANH_TICH -> "Báo cáo thành tích" + (nomineeName == null ? "" : " của " + nomineeName);
        };
    }
}
