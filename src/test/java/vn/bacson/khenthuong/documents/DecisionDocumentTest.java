package vn.bacson.khenthuong.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.bacson.khenthuong.dossier.NomineeType;

class DecisionDocumentTest {

    private static final DocumentTestSupport SUPPORT = new DocumentTestSupport();

    static List<AwardeeRow> twoIndividualsOneCollective() {
        return List.of(
                new AwardeeRow(
                        UUID.randomUUID(),
                        NomineeType.INDIVIDUAL,
                        "Nguyễn Thị Hường",
                        "Trưởng thôn",
                        "Thôn 1",
                        "Vận động nhân dân hiến 1.200 m² đất làm đường",
                        "GIAY_KHEN_CHU_TICH_XA",
                        null),
                new AwardeeRow(
                        UUID.randomUUID(),
                        NomineeType.COLLECTIVE,
                        "Chi hội Phụ nữ thôn 1",
                        null,
                        "Thôn 1",
                        "Mô hình “Phụ nữ giữ đường sạch”",
                        "GIAY_KHEN_CHU_TICH_XA",
                        null),
                new AwardeeRow(
                        UUID.randomUUID(),
                        NomineeType.INDIVIDUAL,
                        "Lường Văn Đức",
                        "Công chức Địa chính",
                        "Phòng Kinh tế",
                        "Hoàn thành xuất sắc nhiệm vụ chuẩn bị Đại hội",
                        "GIAY_KHEN_CHU_TICH_XA",
                        null));
    }

    private static DecisionData decision(String number) {
        return new DecisionData(
                number,
                LocalDate.of(2025, 9, 5),
                DocumentTestSupport.campaign(),
                "ND152-2025",
                twoIndividualsOneCollective(),
                LocalDate.of(2025, 8, 28));
    }

    @Test
    void pdfHoldsNumberDateNamesAmountsAndTotal() {
        OfficialDocument document = SUPPORT.documents().decision(decision("12/QĐ-UBND"));
        byte[] pdf = SUPPORT.renderer().render(document, DocumentFormat.PDF);
        String text = DocumentTestSupport.pdfText(pdf).replaceAll("\\s+", " ");

        assertThat(text)
                .contains(
                        "ỦY BAN NHÂN DÂN",
                        "XÃ BẮC SƠN",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc",
                        "Số: 12/QĐ-UBND",
                        "Bắc Sơn, ngày 05 tháng 9 năm 2025",
                        "QUYẾT ĐỊNH",
                        "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BẮC SƠN",
                        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                        "Căn cứ Nghị định số 152/2025/NĐ-CP",
                        "Căn cứ Kế hoạch số 05/KH-UBND",
                        "họp xét của Hội đồng Thi đua - Khen thưởng xã ngày 28 tháng 8 năm 2025",
                        "QUYẾT ĐỊNH:",
                        "Điều 1.",
                        "01 tập thể và 02 cá nhân",
                        "Điều 2.",
                        "Điều 3.",
                        "Nơi nhận:",
                        "Trịnh Minh Tuấn",
                        "Nguyễn Thị Hường",
                        "Chi hội Phụ nữ thôn 1",
                        "Lường Văn Đức",
                        "Trưởng thôn, Thôn 1",
                        "702.000",
                        "1.404.000",
                        "Tổng số tiền thưởng: 2.808.000 đồng",
                        "Hai triệu tám trăm linh tám nghìn đồng",
                        "Kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 9 năm 2025");
        assertThat(text).doesNotContain("DỰ THẢO");
        assertThat(DocumentTestSupport.pdfPages(pdf)).isGreaterThanOrEqualTo(2);
        DocumentTestSupport.screenshot(pdf, "quyet-dinh-khen-thuong");
    }

    @Test
    void docxHoldsTheSameText() {
        OfficialDocument document = SUPPORT.documents().decision(decision("12/QĐ-UBND"));
        String text = DocumentTestSupport.docxText(SUPPORT.renderer().render(document, DocumentFormat.DOCX))
                .replaceAll("\\s+", " ");

        assertThat(text)
                .contains(
                        "Số: 12/QĐ-UBND",
                        "Bắc Sơn, ngày 05 tháng 9 năm 2025",
                        "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BẮC SƠN",
                        "Điều 1. Tặng Giấy khen",
                        "01 tập thể và 02 cá nhân",
                        "Nguyễn Thị Hường",
                        "Chi hội Phụ nữ thôn 1",
                        "Lường Văn Đức",
                        "702.000",
                        "1.404.000",
                        "Tổng số tiền thưởng: 2.808.000 đồng (Bằng chữ: Hai triệu tám trăm linh tám nghìn đồng).",
                        "Trịnh Minh Tuấn");
    }

    @Test
    void draftHasNoNumberAndSaysSo() {
        OfficialDocument document = SUPPORT.documents().decision(decision(null));
        String text = DocumentTestSupport.pdfText(SUPPORT.renderer().render(document, DocumentFormat.PDF));

        assertThat(text).contains("DỰ THẢO", "/QĐ-UBND").doesNotContain("12/QĐ-UBND");
    }
}
