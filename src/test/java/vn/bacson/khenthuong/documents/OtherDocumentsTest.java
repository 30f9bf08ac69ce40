package vn.bacson.khenthuong.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.bacson.khenthuong.dossier.NomineeType;

/** The Tờ trình, the Biểu tóm tắt and the Biên bản, as a reader of the PDF and of the DOCX sees them. */
class OtherDocumentsTest {

    private static final DocumentTestSupport SUPPORT = new DocumentTestSupport();

    private static final List<AwardeeRow> PROPOSALS = List.of(
            new AwardeeRow(
                    UUID.randomUUID(),
                    NomineeType.COLLECTIVE,
                    "Hợp tác xã Nông nghiệp Quỳnh Sơn",
                    null,
                    "Thôn 2",
                    "Doanh thu tăng 18%, tạo việc làm cho 42 lao động",
                    "BANG_KHEN_CHU_TICH_TINH",
                    null),
            new AwardeeRow(
                    UUID.randomUUID(),
                    NomineeType.INDIVIDUAL,
                    "Hoàng Thị Xuyến",
                    "Bí thư Chi bộ",
                    "Thôn 2",
                    "Đóng góp 300 triệu đồng xây nhà văn hóa",
                    "BANG_KHEN_CHU_TICH_TINH",
                    null));

    private static String text(OfficialDocument document, DocumentFormat format) {
        byte[] bytes = SUPPORT.renderer().render(document, format);
        return (format == DocumentFormat.PDF ? DocumentTestSupport.pdfText(bytes) : DocumentTestSupport.docxText(bytes))
                .replaceAll("\\s+", " ");
    }

    @Test
    void submissionToTheProvinceCountsProposalsAndNamesTheAddressees() {
        OfficialDocument document = SUPPORT.documents()
                .submission(new SubmissionData(
                        LocalDate.of(2025, 9, 8),
                        DocumentTestSupport.campaign(),
                        "ND152-2025",
                        PROPOSALS,
                        DecisionDocumentTest.twoIndividualsOneCollective(),
                        LocalDate.of(2025, 8, 28)));
        for (DocumentFormat format : DocumentFormat.values()) {
            assertThat(text(document, format))
                    .contains(
                            "TỜ TRÌNH",
                            "/TTr-UBND",
                            "Bắc Sơn, ngày 08 tháng 9 năm 2025",
                            "Kính gửi:",
                            "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn;",
                            "Sở Nội vụ tỉnh Lạng Sơn.",
                            "Căn cứ Biên bản họp xét của Hội đồng Thi đua - Khen thưởng xã ngày 28 tháng 8 năm 2025",
                            "tặng Bằng khen cho 01 tập thể và 01 cá nhân",
                            "Hợp tác xã Nông nghiệp Quỳnh Sơn",
                            "Hoàng Thị Xuyến",
                            "Bí thư Chi bộ, Thôn 2",
                            "TM. ỦY BAN NHÂN DÂN",
                            "Trịnh Minh Tuấn");
        }
        DocumentTestSupport.screenshot(SUPPORT.renderer().render(document, DocumentFormat.PDF), "to-trinh-tinh");
    }

    @Test
    void summaryListsEveryNomineeWithAchievementAndAward() {
        List<AwardeeRow> rows = new java.util.ArrayList<>(DecisionDocumentTest.twoIndividualsOneCollective());
        rows.addAll(PROPOSALS);
        OfficialDocument document = SUPPORT.documents()
                .summary(new SummaryData(
                        LocalDate.of(2025, 9, 8),
                        DocumentTestSupport.campaign(),
                        "ND152-2025",
                        null,
                        "bieu-tom-tat",
                        rows));
        for (DocumentFormat format : DocumentFormat.values()) {
            assertThat(text(document, format))
                    .contains(
                            "BIỂU TÓM TẮT THÀNH TÍCH",
                            "Nguyễn Thị Hường",
                            "Vận động nhân dân hiến 1.200 m² đất làm đường",
                            "Giấy khen của Chủ tịch UBND xã",
                            "Bằng khen của Chủ tịch UBND tỉnh",
                            "Lường Văn Đức",
                            "Công chức Địa chính, Phòng Kinh tế",
                            "Bắc Sơn, ngày 08 tháng 9 năm 2025");
        }
        DocumentTestSupport.screenshot(SUPPORT.renderer().render(document, DocumentFormat.PDF), "bieu-tom-tat");
    }

    @Test
    void minutesRecordAttendanceVotesAndResultByTheRule() {
        List<AwardeeRow> nominees = DecisionDocumentTest.twoIndividualsOneCollective();
        OfficialDocument document = SUPPORT.documents()
                .minutes(new MinutesData(
                        LocalDate.of(2025, 8, 28),
                        DocumentTestSupport.campaign(),
                        "ND152-2025",
                        9,
                        7,
                        1,
                        "Đề nghị biểu dương thêm Thôn 1.",
                        List.of(
                                new VoteRow(nominees.get(0), 7, true),
                                new VoteRow(nominees.get(1), 6, true),
                                new VoteRow(nominees.get(2), 4, false))));
        for (DocumentFormat format : DocumentFormat.values()) {
            assertThat(text(document, format))
                    .contains(
                            "BIÊN BẢN",
                            "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
                            "Hôm nay, ngày 28 tháng 8 năm 2025",
                            "Tổng số thành viên Hội đồng: 09",
                            "Số thành viên có mặt: 07",
                            "Số thành viên vắng mặt: 02 (trong đó 01 thành viên có ý kiến bằng văn bản)",
                            "trên 1/2 tổng số thành viên Hội đồng (từ 5/9 phiếu trở lên)",
                            "Nguyễn Thị Hường",
                            "7/9",
                            "77,8",
                            "Lường Văn Đức",
                            "4/9",
                            "44,4",
                            "Không đạt",
                            "Kết quả: 02/03",
                            "Đề nghị biểu dương thêm Thôn 1.",
                            "CHỦ TỊCH HỘI ĐỒNG");
        }
        DocumentTestSupport.screenshot(SUPPORT.renderer().render(document, DocumentFormat.PDF), "bien-ban-hop-xet");
    }

    @Test
    void theOlderTemplateSetCitesDecree98() {
        OfficialDocument document = SUPPORT.documents()
                .decision(new DecisionData(
                        "3/QĐ-UBND",
                        LocalDate.of(2025, 3, 14),
                        DocumentTestSupport.campaign(),
                        "ND98-2023",
                        DecisionDocumentTest.twoIndividualsOneCollective(),
                        null));
        String text = text(document, DocumentFormat.PDF);
        assertThat(text)
                .contains("Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023", "ngày 14 tháng 3 năm 2025")
                .doesNotContain("152/2025")
                .doesNotContain("kết quả họp xét");
    }

    @Test
    void datesAndAmountsAreWrittenTheAdministrativeWay() {
        assertThat(VietnameseText.dateInWords(LocalDate.of(2025, 9, 5))).isEqualTo("ngày 05 tháng 9 năm 2025");
        assertThat(VietnameseText.dateInWords(LocalDate.of(2026, 2, 14))).isEqualTo("ngày 14 tháng 02 năm 2026");
        assertThat(VietnameseText.money(2_808_000)).isEqualTo("2.808.000");
        assertThat(VietnameseText.moneyInWords(2_808_000)).isEqualTo("Hai triệu tám trăm linh tám nghìn đồng");
        assertThat(VietnameseText.moneyInWords(1_053_000)).isEqualTo("Một triệu không trăm năm mươi ba nghìn đồng");
        assertThat(VietnameseText.moneyInWords(3_510_000)).isEqualTo("Ba triệu năm trăm mười nghìn đồng");
        assertThat(VietnameseText.numberInWords(21)).isEqualTo("hai mươi mốt");
        assertThat(VietnameseText.numberInWords(15)).isEqualTo("mười lăm");
    }

    @Test
    void householdGetsOneAndAHalfTimesTheIndividualAmount() {
        Rewards rewards = new Rewards(SUPPORT.issuer());
        assertThat(rewards.amount(Rewards.GIAY_KHEN, NomineeType.INDIVIDUAL)).isEqualTo(702_000);
        assertThat(rewards.amount(Rewards.GIAY_KHEN, NomineeType.COLLECTIVE)).isEqualTo(1_404_000);
        assertThat(rewards.amount(Rewards.GIAY_KHEN, NomineeType.HOUSEHOLD)).isEqualTo(1_053_000);
        assertThat(rewards.amount(Rewards.BANG_KHEN, NomineeType.COLLECTIVE)).isEqualTo(7_020_000);
    }
}
