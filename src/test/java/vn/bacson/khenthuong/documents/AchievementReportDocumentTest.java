package vn.bacson.khenthuong.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.dossier.AchievementReport;
import vn.bacson.khenthuong.dossier.AchievementReport.AchievementRow;
import vn.bacson.khenthuong.dossier.EmulationContent;
import vn.bacson.khenthuong.dossier.Gender;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeType;
import vn.bacson.khenthuong.support.TestNominee;

/** The Báo cáo thành tích filled in on the system, as a reader of its PDF and of its DOCX sees it. */
class AchievementReportDocumentTest {

    private static final DocumentTestSupport SUPPORT = new DocumentTestSupport();

    static Nominee nominee(NomineeType type, String name, String position, AwardForm award) {
        UUID id = UUID.randomUUID();
        return TestNominee.of(UUID.randomUUID(), name)
                .id(id)
                .type(type)
                .person(
                        type == NomineeType.INDIVIDUAL ? 1978 : null,
                        position,
                        type == NomineeType.INDIVIDUAL ? Gender.FEMALE : null)
                .proposedAward(award)
                .achievements(
                        "Vận động nhân dân hiến đất làm đường",
                        EnumSet.of(EmulationContent.KTXH, EmulationContent.CONG_TRINH),
                        "Mô hình đường hoa tự quản")
                .build();
    }

    static AchievementReport report(Nominee nominee) {
        return new AchievementReport(
                nominee.id(),
                nominee.dossierId(),
                "Thôn Quỳnh Sơn, xã Bắc Sơn, tỉnh Lạng Sơn",
                null,
                "Phụ trách công tác dân vận của thôn",
                "Tham gia công tác thôn từ năm 2005.\nBí thư Chi bộ từ năm 2020.",
                List.of(
                        new AchievementRow(
                                EmulationContent.KTXH, "Vận động 46 hộ hiến 1.200 m² đất mở rộng đường liên thôn."),
                        new AchievementRow(
                                EmulationContent.CONG_TRINH, "Hoàn thành nhà văn hóa thôn trước Đại hội 15 ngày.")),
                "Sáng kiến “Tổ tự quản đường hoa”: 3 thôn đã áp dụng, giảm 40% chi phí duy tu.",
                null,
                "Trưởng thôn",
                "Hoàng Văn Thắng",
                Instant.parse("2025-09-03T03:00:00Z"),
                "thon1");
    }

    private static AchievementReportData data(Nominee nominee, AchievementReport report, String set) {
        return new AchievementReportData(
                LocalDate.of(2025, 9, 3), DocumentTestSupport.campaign(), set, "Thôn Quỳnh Sơn", nominee, report);
    }

    private static String text(OfficialDocument document, DocumentFormat format) {
        byte[] bytes = SUPPORT.renderer().render(document, format);
        return (format == DocumentFormat.PDF ? DocumentTestSupport.pdfText(bytes) : DocumentTestSupport.docxText(bytes))
                .replaceAll("\\s+", " ");
    }

    @Test
    void anIndividualsReportHoldsEverySectionWithTheNomineesDiacritics() {
        Nominee nominee =
                nominee(NomineeType.INDIVIDUAL, "Lưu Thị Phượng", "Bí thư Chi bộ", AwardForm.GIAY_KHEN_CHU_TICH_XA);
        OfficialDocument document = SUPPORT.documents().achievementReport(data(nominee, report(nominee), "ND152-2025"));

        for (DocumentFormat format : DocumentFormat.values()) {
            assertThat(text(document, format))
                    .as(format.name())
                    .contains(
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                            "ỦY BAN NHÂN DÂN XÃ BẮC SƠN",
                            "THÔN QUỲNH SƠN",
                            "Bắc Sơn, ngày 03 tháng 9 năm 2025",
                            "BÁO CÁO THÀNH TÍCH",
                            "ĐỀ NGHỊ TẶNG GIẤY KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BẮC SƠN",
                            "Lưu Thị Phượng",
                            "I. SƠ LƯỢC LÝ LỊCH",
                            "- Năm sinh: 1978.",
                            "- Chức vụ, đơn vị công tác: Bí thư Chi bộ, Thôn Quỳnh Sơn.",
                            "- Quê quán, nơi ở hiện nay: Thôn Quỳnh Sơn, xã Bắc Sơn, tỉnh Lạng Sơn.",
                            "Bí thư Chi bộ từ năm 2020.",
                            "II. THÀNH TÍCH ĐẠT ĐƯỢC",
                            "a) Thực hiện các mục tiêu, nhiệm vụ phát triển kinh tế - xã hội:",
                            "Vận động 46 hộ hiến 1.200 m² đất mở rộng đường liên thôn.",
                            "b) Công trình, phần việc tiêu biểu chào mừng Đại hội:",
                            "Hoàn thành nhà văn hóa thôn trước Đại hội 15 ngày.",
                            "Sáng kiến “Tổ tự quản đường hoa”",
                            "3. Hành động, việc làm cụ thể Không có.",
                            "III. ĐỀ NGHỊ KHEN THƯỞNG",
                            "Thôn Quỳnh Sơn kính đề nghị Chủ tịch Ủy ban nhân dân xã Bắc Sơn xem xét, tặng Giấy khen cho "
                                    + "cá nhân Lưu Thị Phượng",
                            "TRƯỞNG THÔN",
                            "Hoàng Văn Thắng",
                            "NGƯỜI BÁO CÁO THÀNH TÍCH",
                            "XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG",
                            "Phụ lục Nghị định số 152/2025/NĐ-CP")
                    .doesNotContain("98/2023");
        }
        DocumentTestSupport.screenshot(SUPPORT.renderer().render(document, DocumentFormat.PDF), "bao-cao-thanh-tich");
    }

    @Test
    void theCampaignsTemplateSetDecidesTheFormLine() {
        Nominee nominee = nominee(NomineeType.INDIVIDUAL, "Lưu Thị Phượng", null, AwardForm.GIAY_KHEN_CHU_TICH_XA);

        String text = text(
                SUPPORT.documents().achievementReport(data(nominee, report(nominee), "ND98-2023")), DocumentFormat.PDF);

        assertThat(text)
                .contains("Mẫu số 08, Phụ lục Nghị định số 98/2023/NĐ-CP")
                .doesNotContain("152/2025");
    }

    @Test
    void aCollectiveProposedForTheBangKhenIsProposedToTheProvincialChairman() {
        Nominee nominee = nominee(
                NomineeType.COLLECTIVE, "Hợp tác xã Nông nghiệp Quỳnh Sơn", null, AwardForm.BANG_KHEN_CHU_TICH_TINH);
        AchievementReport base = report(nominee);
        AchievementReport report = new AchievementReport(
                base.nomineeId(),
                base.dossierId(),
                "Thôn Quỳnh Sơn",
                2015,
                "Sản xuất, tiêu thụ nông sản cho xã viên",
                "Hợp tác xã có 42 xã viên.",
                base.achievements(),
                null,
                "Ủng hộ 50 triệu đồng xây nhà văn hóa thôn.",
                null,
                null,
                base.updatedAt(),
                base.updatedBy());

        String text = text(SUPPORT.documents().achievementReport(data(nominee, report, null)), DocumentFormat.PDF);

        assertThat(text)
                .contains(
                        "ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
                        "I. ĐẶC ĐIỂM, TÌNH HÌNH",
                        "- Tên tập thể: Hợp tác xã Nông nghiệp Quỳnh Sơn.",
                        "- Năm thành lập: 2015.",
                        "2. Sáng kiến, giải pháp, cách làm hay Không có.",
                        "Ủng hộ 50 triệu đồng xây nhà văn hóa thôn.",
                        "tặng Bằng khen cho tập thể Hợp tác xã Nông nghiệp Quỳnh Sơn",
                        "THỦ TRƯỞNG ĐƠN VỊ",
                        // the default set when the campaign names none
                        "Phụ lục Nghị định số 152/2025/NĐ-CP")
                .doesNotContain("NGƯỜI BÁO CÁO THÀNH TÍCH");
    }
}
