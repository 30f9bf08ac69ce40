package vn.bacson.khenthuong.documents;

import static vn.bacson.khenthuong.documents.VietnameseText.fileSafe;
import static vn.bacson.khenthuong.documents.VietnameseText.joinNonBlank;
import static vn.bacson.khenthuong.documents.VietnameseText.nomineeTypeInText;
import static vn.bacson.khenthuong.documents.VietnameseText.orEmpty;
import static vn.bacson.khenthuong.documents.VietnameseText.paragraphs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.dossier.AchievementReport;
import vn.bacson.khenthuong.dossier.EmulationContent;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeType;

/**
 * What the Báo cáo thành tích a unit filled in on the system prints (the thematic-campaign form: Decree 152/2025,
 * or mẫu 08 of Decree 98/2023, as the campaign's template set says): I. the nominee, II. the results per emulation
 * content, initiatives and concrete deeds, III. the proposed award; signed by the unit head, with the proposing
 * level's confirmation left blank.
 */
final class AchievementReportModel {

    /** The letters of a Vietnamese administrative list: a, b, c, d, đ, e, g, ... (no f, j, w, z). */
    private static final String[] LIST_LETTERS = {
        "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x",
        "y"
    };

    private final DocumentParts parts;

    AchievementReportModel(DocumentParts parts) {
        this.parts = parts;
    }

    OfficialDocument draw(AchievementReportData data) {
        String set = parts.templateSet(data.templateSet());
        Nominee nominee = data.nominee();
        AchievementReport report = data.report();
        Locale vi = Locale.forLanguageTag("vi");
        Map<String, Object> model = new HashMap<>();
        model.put("formLine", orEmpty(parts.issuer().templateSet(set).achievementForm()));
        model.put("unitLines", List.of(data.unitName().toUpperCase(vi)));
        model.put("placeDate", parts.placeDate(data.date()));
        String decider = parts.decider(nominee.proposedAward());
        String award = nominee.proposedAward() == AwardForm.BANG_KHEN_CHU_TICH_TINH ? "Bằng khen" : "Giấy khen";
        model.put("awardTitle", ("Đề nghị tặng " + award + " của " + decider).toUpperCase(vi));
        String campaignPhrase = DocumentParts.campaignPhrase(data.campaign());
        model.put("campaignLine", "Thành tích trong " + campaignPhrase);
        model.put("nomineeName", nominee.fullName());
        model.put(
                "nomineeDescription",
                nominee.type() == NomineeType.INDIVIDUAL
                        ? joinNonBlank(", ", nominee.position(), data.unitName())
                        : data.unitName());

        boolean individual = nominee.type() == NomineeType.INDIVIDUAL;
        model.put("section1", individual ? "I. SƠ LƯỢC LÝ LỊCH" : "I. ĐẶC ĐIỂM, TÌNH HÌNH");
        model.put(
                "facts",
                facts(nominee, report, data.unitName()).stream()
                        .filter(f -> f[1] != null && !f[1].isBlank())
                        .map(f -> "- " + f[0] + ": " + f[1].strip().replaceAll("[.;]+$", "") + ".")
                        .toList());
        model.put("background", paragraphs(report.background()));

        List<Map<String, Object>> results = new ArrayList<>();
        for (AchievementReport.AchievementRow row : report.achievements()) {
            results.add(Map.of(
                    "heading",
                    LIST_LETTERS[Math.min(results.size(), LIST_LETTERS.length - 1)] + ") " + contentTitle(row.content())
                            + ":",
                    "paragraphs",
                    paragraphs(row.result())));
        }
        model.put("results", results);
        model.put("initiatives", paragraphs(report.initiatives()));
        model.put("deeds", paragraphs(report.deeds()));
        model.put(
                "proposal",
                "Với thành tích nêu trên, " + data.unitName() + " kính đề nghị " + decider + " xem xét, tặng " + award
                        + " cho " + nomineeTypeInText(nominee.type()) + " " + nominee.fullName()
                        + " đã có thành tích xuất sắc trong " + campaignPhrase + ".");

        model.put("individual", individual);
        model.put(
                "headTitle",
                report.signerTitle() == null
                        ? "THỦ TRƯỞNG ĐƠN VỊ"
                        : report.signerTitle().toUpperCase(vi));
        model.put("headName", orEmpty(report.signerName()));
        return new OfficialDocument(
                "achievement-report", set, "bao-cao-thanh-tich-" + fileSafe(nominee.fullName()), model);
    }

    /** Part I: label and value of each fact the form asks of this kind of nominee. */
    private static List<String[]> facts(Nominee nominee, AchievementReport report, String unitName) {
        List<String[]> facts = new ArrayList<>();
        switch (nominee.type()) {
            case INDIVIDUAL -> {
                facts.add(new String[] {"Họ và tên", nominee.fullName()});
                facts.add(new String[] {
                    "Năm sinh",
                    nominee.birthYear() == null ? null : nominee.birthYear().toString()
                });
                facts.add(new String[] {"Chức vụ, đơn vị công tác", joinNonBlank(", ", nominee.position(), unitName)});
                facts.add(new String[] {"Quê quán, nơi ở hiện nay", report.address()});
                facts.add(new String[] {"Nhiệm vụ được giao", report.duties()});
            }
            case COLLECTIVE -> {
                facts.add(new String[] {"Tên tập thể", nominee.fullName()});
                facts.add(new String[] {
                    "Năm thành lập",
                    report.foundedYear() == null ? null : report.foundedYear().toString()
                });
                facts.add(new String[] {"Trực thuộc", unitName});
                facts.add(new String[] {"Địa chỉ trụ sở", report.address()});
                facts.add(new String[] {"Chức năng, nhiệm vụ được giao", report.duties()});
            }
            case HOUSEHOLD -> {
                facts.add(new String[] {"Hộ gia đình", nominee.fullName()});
                facts.add(new String[] {"Địa chỉ", joinNonBlank(", ", report.address(), unitName)});
                facts.add(new String[] {"Nghề nghiệp, hoạt động chính", report.duties()});
            }
        }
        return facts;
    }

    /** The emulation contents of the plan's section II, as a report names them. */
    static String contentTitle(EmulationContent content) {
        return switch (content) {
            case KTXH -> "Thực hiện các mục tiêu, nhiệm vụ phát triển kinh tế - xã hội";
            case DAI_HOI -> "Tham gia chuẩn bị, tổ chức thành công Đại hội Đảng bộ";
            case PHONG_TRAO -> "Thực hiện các phong trào thi đua yêu nước, các cuộc vận động";
            case CONG_TRINH -> "Công trình, phần việc tiêu biểu chào mừng Đại hội";
        };
    }
}
