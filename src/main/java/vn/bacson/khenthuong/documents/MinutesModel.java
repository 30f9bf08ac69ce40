package vn.bacson.khenthuong.documents;

import static vn.bacson.khenthuong.documents.VietnameseText.count;
import static vn.bacson.khenthuong.documents.VietnameseText.dateInWords;
import static vn.bacson.khenthuong.documents.VietnameseText.percent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.bacson.khenthuong.commune.Settings;

/** What the Biên bản họp xét prints: attendance, the rule, votes per nominee and the result by the configured rule. */
final class MinutesModel {

    private final DocumentParts parts;

    MinutesModel(DocumentParts parts) {
        this.parts = parts;
    }

    OfficialDocument draw(MinutesData data) {
        IssuerProperties issuer = parts.issuer();
        Settings.CouncilRule councilRule = parts.commune().council();
        String set = parts.templateSet(data.templateSet());
        Map<String, Object> model = new HashMap<>();
        String campaignPhrase = DocumentParts.campaignPhrase(data.campaign());
        int total = data.membersTotal();
        int absent = total - data.membersPresent();
        model.put("meetingDateShort", VietnameseText.shortDate(data.meetingDate()));
        model.put("councilLines", List.of(issuer.council().name()));
        model.put("placeDate", parts.placeDate(data.meetingDate()));
        model.put("summaryTitle", "Họp xét, đề nghị khen thưởng " + campaignPhrase);
        model.put("bases", parts.bases(issuer.templateSet(set).minutesBases(), data.campaign(), null));
        model.put(
                "opening",
                "Hôm nay, " + dateInWords(data.meetingDate()) + ", tại "
                        + issuer.council().venue()
                        + ", Hội đồng Thi đua - Khen thưởng xã họp xét, đề nghị khen thưởng các tập thể, cá nhân đã có thành "
                        + "tích xuất sắc trong " + campaignPhrase + ".");
        List<String> attendance = new ArrayList<>();
        attendance.add("- Tổng số thành viên Hội đồng: " + count(total) + ";");
        attendance.add("- Số thành viên có mặt: " + count(data.membersPresent()) + ";");
        attendance.add("- Số thành viên vắng mặt: " + count(absent)
                + (data.absentWrittenOpinions() > 0
                        ? " (trong đó " + count(data.absentWrittenOpinions()) + " thành viên có ý kiến bằng văn bản);"
                        : ";"));
        attendance.add("- Chủ trì: " + issuer.council().chairName() + ", "
                + issuer.council().chairTitle().toLowerCase(Locale.forLanguageTag("vi")) + ".");
        model.put("attendance", attendance);
        model.put(
                "quorumLine",
                "Số thành viên có mặt đạt " + fraction(councilRule.quorumNumerator(), councilRule.quorumDenominator())
                        + " tổng số thành viên trở lên theo quy chế; cuộc họp hợp lệ.");
        int needed = (int) ((long) total * councilRule.thresholdNumerator() / councilRule.thresholdDenominator()) + 1;
        model.put(
                "ruleLine",
                "Đối tượng được thông qua khi có số phiếu tán thành trên "
                        + fraction(councilRule.thresholdNumerator(), councilRule.thresholdDenominator())
                        + " tổng số thành viên Hội đồng (từ " + needed + "/" + total
                        + " phiếu trở lên); ý kiến bằng văn "
                        + "bản của thành viên vắng mặt được ghi nhận trong biên bản.");
        List<Map<String, Object>> rows = new ArrayList<>();
        int passed = 0;
        for (VoteRow vote : data.votes()) {
            Map<String, Object> row = new HashMap<>();
            row.put("no", rows.size() + 1);
            row.put("name", vote.nominee().fullName());
            row.put("description", vote.nominee().description());
            row.put("award", OfficialDocuments.awardLabel(vote.nominee().award()));
            row.put("votes", vote.votesFor() + "/" + total);
            row.put("percent", percent(vote.votesFor(), total));
            row.put("result", vote.passed() ? "Đạt" : "Không đạt");
            rows.add(row);
            passed += vote.passed() ? 1 : 0;
        }
        model.put("rows", rows);
        model.put(
                "resultLine",
                "Kết quả: " + count(passed) + "/" + count(data.votes().size())
                        + " tập thể, cá nhân được Hội đồng thông qua, đề nghị Chủ tịch Ủy ban nhân dân xã xem xét, quyết định "
                        + "khen thưởng theo thẩm quyền hoặc đề nghị cấp trên khen thưởng.");
        model.put("comment", data.comment());
        model.put(
                "closingLine",
                "Biên bản được lập thành 02 bản, đã thông qua trước Hội đồng và các thành viên dự "
                        + "họp nhất trí./.");
        model.put(
                "secretaryName",
                issuer.council().secretaryName() == null ? "" : issuer.council().secretaryName());
        return new OfficialDocument("minutes", set, "bien-ban-hop-xet-" + data.meetingDate(), model);
    }

    private static String fraction(int numerator, int denominator) {
        return numerator + "/" + denominator;
    }
}
