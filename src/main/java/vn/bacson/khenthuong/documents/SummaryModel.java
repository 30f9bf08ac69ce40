package vn.bacson.khenthuong.documents;

import static vn.bacson.khenthuong.documents.VietnameseText.orEmpty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.bacson.khenthuong.dossier.NomineeType;

/** What the Biểu tóm tắt thành tích prints: no., name, position/unit, short achievement, proposed award, notes. */
final class SummaryModel {

    private final DocumentParts parts;

    SummaryModel(DocumentParts parts) {
        this.parts = parts;
    }

    OfficialDocument draw(SummaryData data) {
        String set = parts.templateSet(data.templateSet());
        Map<String, Object> model = new HashMap<>();
        model.put("summaryTitle", "Đề nghị khen thưởng trong " + DocumentParts.campaignPhrase(data.campaign()));
        model.put("subtitle", data.subtitle());
        model.put("placeDate", parts.placeDate(data.date()));
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Map.Entry<NomineeType, List<AwardeeRow>> group :
                DocumentParts.byType(data.rows()).entrySet()) {
            List<AwardeeRow> ofType = group.getValue();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (AwardeeRow a : ofType) {
                Map<String, Object> row = new HashMap<>();
                row.put("no", rows.size() + 1);
                row.put("name", a.fullName());
                row.put("description", a.description());
                row.put("achievement", orEmpty(a.achievement()));
                row.put("award", OfficialDocuments.awardLabel(a.award()));
                row.put("note", orEmpty(a.note()));
                rows.add(row);
            }
            groups.add(Map.of(
                    "heading", DocumentParts.groupHeading(groups.size(), group.getKey(), ofType.size()), "rows", rows));
        }
        model.put("groups", groups);
        return new OfficialDocument("summary", set, data.fileName(), model);
    }
}
