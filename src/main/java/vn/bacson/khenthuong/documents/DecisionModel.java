package vn.bacson.khenthuong.documents;

import static vn.bacson.khenthuong.documents.VietnameseText.count;
import static vn.bacson.khenthuong.documents.VietnameseText.dateInWords;
import static vn.bacson.khenthuong.documents.VietnameseText.decimal;
import static vn.bacson.khenthuong.documents.VietnameseText.fileSafe;
import static vn.bacson.khenthuong.documents.VietnameseText.joinCounts;
import static vn.bacson.khenthuong.documents.VietnameseText.money;
import static vn.bacson.khenthuong.documents.VietnameseText.moneyInWords;
import static vn.bacson.khenthuong.documents.VietnameseText.nomineeTypeInText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.bacson.khenthuong.dossier.NomineeType;

/** What the Quyết định tặng Giấy khen prints: the articles, the attached list by group and the reward money. */
final class DecisionModel {

    private final DocumentParts parts;
    private final Rewards rewards;

    DecisionModel(DocumentParts parts, Rewards rewards) {
        this.parts = parts;
        this.rewards = rewards;
    }

    OfficialDocument draw(DecisionData data) {
        IssuerProperties issuer = parts.issuer();
        String set = parts.templateSet(data.templateSet());
        Map<String, Object> model = new HashMap<>();
        String number =
                data.draft() ? DocumentParts.blankNumber(parts.commune().decisionNumberPattern()) : data.number();
        model.put("draft", data.draft());
        model.put("number", number);
        model.put("numberText", number);
        model.put("placeDate", parts.placeDate(data.decidedOn()));
        String campaignPhrase = DocumentParts.campaignPhrase(data.campaign());
        model.put(
                "summaryTitle",
                "Về việc tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã cho các tập thể, cá nhân "
                        + "đã có thành tích xuất sắc trong " + campaignPhrase);
        model.put("bases", parts.bases(issuer.templateSet(set).decisionBases(), data.campaign(), data.minutesDate()));

        List<ListGroup> groups = new ArrayList<>();
        long total = 0;
        List<String> counts = new ArrayList<>();
        List<String> amountLines = new ArrayList<>();
        for (Map.Entry<NomineeType, List<AwardeeRow>> group :
                DocumentParts.byType(data.awardees()).entrySet()) {
            NomineeType type = group.getKey();
            List<AwardeeRow> ofType = group.getValue();
            long each = rewards.amount(Rewards.GIAY_KHEN, type);
            long subtotal = each * ofType.size();
            total += subtotal;
            String typeText = nomineeTypeInText(type);
            counts.add(count(ofType.size()) + " " + typeText);
            amountLines.add("- Mỗi " + typeText + ": " + decimal(rewards.coefficient(Rewards.GIAY_KHEN, type))
                    + " × " + money(rewards.baseSalary()) + " đồng = " + money(each) + " đồng; "
                    + count(ofType.size()) + " " + typeText + " × " + money(each) + " đồng = "
                    + money(subtotal) + " đồng;");
            List<ListGroup.Row> rows = new ArrayList<>();
            for (AwardeeRow a : ofType) {
                rows.add(new ListGroup.Row(rows.size() + 1, a.fullName(), a.description(), money(each)));
            }
            groups.add(DocumentParts.listGroup(groups.size(), type, rows, money(subtotal)));
        }
        model.put("groups", groups);
        model.put(
                "article1",
                "Tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã cho " + joinCounts(counts)
                        + " (có danh sách kèm theo) đã có thành tích xuất sắc trong " + campaignPhrase + ".");
        model.put("article1Lines", List.of());
        model.put(
                "article2",
                "Tiền thưởng kèm theo Giấy khen bằng hệ số nhân với mức lương cơ sở (" + money(rewards.baseSalary())
                        + " đồng), trích từ " + rewards.fund() + ":");
        model.put("amountLines", amountLines);
        model.put(
                "totalLine", "Tổng số tiền thưởng: " + money(total) + " đồng (Bằng chữ: " + moneyInWords(total) + ").");
        model.put("article3", issuer.executors());
        model.put("signerLines", parts.signerLines(false));
        model.put("recipients", issuer.decisionRecipients());
        model.put("listTitle", "Tập thể, cá nhân được tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã");
        model.put(
                "listReference",
                "(Kèm theo Quyết định số " + number + " " + dateInWords(data.decidedOn()) + " của Chủ tịch "
                        + parts.issuerInText() + ")");
        model.put("grandTotalLine", "Tổng cộng: " + money(total) + " đồng");
        model.put("totalInWordsLine", "(Bằng chữ: " + moneyInWords(total) + ")");
        model.put("total", total);
        String fileName = data.draft() ? "du-thao-quyet-dinh" : "quyet-dinh-" + fileSafe(data.number());
        return new OfficialDocument("decision", set, fileName, model);
    }
}
