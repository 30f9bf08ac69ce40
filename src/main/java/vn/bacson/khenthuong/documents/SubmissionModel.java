package vn.bacson.khenthuong.documents;

import static vn.bacson.khenthuong.documents.VietnameseText.dateInWords;
import static vn.bacson.khenthuong.documents.VietnameseText.fileSafe;
import static vn.bacson.khenthuong.documents.VietnameseText.joinCounts;
import static vn.bacson.khenthuong.documents.VietnameseText.orEmpty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.bacson.khenthuong.dossier.NomineeType;

/** What the Tờ trình to the provincial chairman (through the Sở Nội vụ) prints for the Bằng khen proposals. */
final class SubmissionModel {

    private final DocumentParts parts;

    SubmissionModel(DocumentParts parts) {
        this.parts = parts;
    }

    OfficialDocument draw(SubmissionData data) {
        IssuerProperties issuer = parts.issuer();
        String set = parts.templateSet(data.templateSet());
        Map<String, Object> model = new HashMap<>();
        String campaignPhrase = DocumentParts.campaignPhrase(data.campaign());
        String number = DocumentParts.blankNumber(issuer.submissionNumberPattern());
        model.put("number", number);
        model.put("placeDate", parts.placeDate(data.date()));
        model.put(
                "summaryTitle",
                "Về việc đề nghị Chủ tịch Ủy ban nhân dân tỉnh " + issuer.province()
                        + " tặng Bằng khen cho các tập thể, cá nhân đã có thành tích xuất sắc trong " + campaignPhrase);
        model.put("bases", parts.bases(issuer.templateSet(set).submissionBases(), data.campaign(), data.minutesDate()));
        List<String> counts = DocumentParts.countsOf(data.proposals());
        String issuerSentence = parts.issuerInText();
        model.put(
                "body",
                "Thực hiện "
                        + (data.campaign().planNumber() == null
                                ? ""
                                : "Kế hoạch số " + data.campaign().planNumber() + " về ")
                        + campaignPhrase + ", "
                        + (data.minutesDate() == null
                                ? ""
                                : "căn cứ kết quả họp xét của Hội đồng Thi đua - Khen thưởng xã "
                                        + dateInWords(data.minutesDate()) + " (biên bản kèm theo), ")
                        + issuerSentence + " kính đề nghị Chủ tịch Ủy ban nhân dân tỉnh " + issuer.province()
                        + " xem xét, tặng Bằng khen cho "
                        + (counts.isEmpty() ? "00 tập thể, cá nhân" : joinCounts(counts))
                        + " đã có thành tích xuất sắc (có danh sách và hồ sơ kèm theo). Số lượng theo hình thức khen thưởng "
                        + "và đối tượng:");
        List<Map<String, Object>> countRows = new ArrayList<>();
        countRows.add(countRow("Đề nghị Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", data.proposals()));
        countRows.add(countRow(
                "Giấy khen của Chủ tịch Ủy ban nhân dân xã (đã khen thưởng theo thẩm quyền)", data.localAwards()));
        model.put("countRows", countRows);
        model.put(
                "closing",
                issuerSentence + " kính trình Chủ tịch Ủy ban nhân dân tỉnh " + issuer.province()
                        + " xem xét, quyết định./.");
        model.put("signerLines", parts.signerLines(true));
        model.put("listTitle", "Tập thể, cá nhân đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen");
        model.put(
                "listReference",
                "(Kèm theo Tờ trình số " + number + " " + dateInWords(data.date()) + " của " + issuerSentence + ")");
        List<ListGroup> groups = new ArrayList<>();
        for (Map.Entry<NomineeType, List<AwardeeRow>> group :
                DocumentParts.byType(data.proposals()).entrySet()) {
            List<ListGroup.Row> rows = new ArrayList<>();
            for (AwardeeRow a : group.getValue()) {
                rows.add(new ListGroup.Row(rows.size() + 1, a.fullName(), a.description(), orEmpty(a.achievement())));
            }
            groups.add(DocumentParts.listGroup(groups.size(), group.getKey(), rows, ""));
        }
        model.put("groups", groups);
        return new OfficialDocument(
                "submission",
                set,
                "to-trinh-bang-khen-" + fileSafe(data.campaign().code()),
                model);
    }

    private static Map<String, Object> countRow(String label, List<AwardeeRow> rows) {
        Map<String, Object> row = new HashMap<>();
        row.put("label", label);
        row.put(
                "collectives",
                rows.stream().filter(a -> a.type() == NomineeType.COLLECTIVE).count());
        row.put(
                "individuals",
                rows.stream().filter(a -> a.type() == NomineeType.INDIVIDUAL).count());
        row.put(
                "households",
                rows.stream().filter(a -> a.type() == NomineeType.HOUSEHOLD).count());
        row.put("total", rows.size());
        return row;
    }
}
