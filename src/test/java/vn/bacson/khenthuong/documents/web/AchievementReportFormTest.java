package vn.bacson.khenthuong.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.bacson.khenthuong.dossier.AchievementReportRequest;
import vn.bacson.khenthuong.dossier.EmulationContent;

class AchievementReportFormTest {

    @Test
    void rowsWithoutAResultAreNotSentAndTheirErrorsLandOnTheRightRow() {
        AchievementReportForm form = new AchievementReportForm();
        form.setAchievements(List.of(
                new AchievementReportForm.RowForm(EmulationContent.KTXH, "  "),
                new AchievementReportForm.RowForm(EmulationContent.DAI_HOI, "Bảo vệ Đại hội an toàn."),
                new AchievementReportForm.RowForm(null, null),
                new AchievementReportForm.RowForm(null, "Trồng 300 cây xanh.")));

        AchievementReportRequest request = form.toRequest();

        assertThat(request.achievements())
                .extracting(AchievementReportRequest.RowInput::content, AchievementReportRequest.RowInput::result)
                .containsExactly(
                        tuple(EmulationContent.DAI_HOI, "Bảo vệ Đại hội an toàn."), tuple(null, "Trồng 300 cây xanh."));
        Map<String, String> requestErrors = new LinkedHashMap<>();
        requestErrors.put("achievements[1].content", "Cần chọn nội dung thi đua.");
        requestErrors.put("background", "Tối đa 4000 ký tự.");
        assertThat(form.formErrors(requestErrors))
                .containsExactly(
                        Map.entry("achievements[3].content", "Cần chọn nội dung thi đua."),
                        Map.entry("background", "Tối đa 4000 ký tự."));
    }
}
