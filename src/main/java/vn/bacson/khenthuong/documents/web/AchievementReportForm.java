package vn.bacson.khenthuong.documents.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.bacson.khenthuong.dossier.AchievementReport.AchievementRow;
import vn.bacson.khenthuong.dossier.AchievementReportRequest;
import vn.bacson.khenthuong.dossier.AchievementReportView;
import vn.bacson.khenthuong.dossier.EmulationContent;
import vn.bacson.khenthuong.dossier.Nominee;

/**
 * The achievement report form, bound from {@code background}, {@code achievements[0].result}, ... (the API's field
 * paths, so a service's violation lands next to its field). Rows the unit left empty are not sent; the indices of
 * the violations are turned back into the form's. Mutable because the data binder fills it.
 */
public class AchievementReportForm {

    private static final Pattern ROW_PATH = Pattern.compile("^achievements\\[(\\d+)]");

    private String address;
    private Integer foundedYear;
    private String duties;
    private String background;
    private List<RowForm> achievements = new ArrayList<>();
    private String initiatives;
    private String deeds;
    private String signerTitle;
    private String signerName;

    /** A new report: one row for each emulation content the dossier gave the nominee (or one empty row). */
    static AchievementReportForm blank(Nominee nominee) {
        AchievementReportForm form = new AchievementReportForm();
        nominee.emulationContents().stream().sorted().forEach(c -> form.achievements.add(new RowForm(c, null)));
        if (form.achievements.isEmpty()) {
            form.achievements.add(new RowForm());
        }
        return form;
    }

    static AchievementReportForm of(AchievementReportView view) {
        AchievementReportForm form = new AchievementReportForm();
        form.address = view.address();
        form.foundedYear = view.foundedYear();
        form.duties = view.duties();
        form.background = view.background();
        for (AchievementRow row : view.achievements()) {
            form.achievements.add(new RowForm(row.content(), row.result()));
        }
        if (form.achievements.isEmpty()) {
            form.achievements.add(new RowForm());
        }
        form.initiatives = view.initiatives();
        form.deeds = view.deeds();
        form.signerTitle = view.signerTitle();
        form.signerName = view.signerName();
        return form;
    }

    /** The request, without the rows left entirely empty. */
    AchievementReportRequest toRequest() {
        return new AchievementReportRequest(
                address,
                foundedYear,
                duties,
                background,
                sentRows().stream()
                        .map(i -> new AchievementReportRequest.RowInput(
                                achievements.get(i).getContent(),
                                achievements.get(i).getResult()))
                        .toList(),
                initiatives,
                deeds,
                signerTitle,
                signerName);
    }

    /** Field errors keyed by the form's paths: {@code achievements[1]} of the request is the form's third row, say. */
    Map<String, String> formErrors(Map<String, String> requestErrors) {
        List<Integer> sent = sentRows();
        Map<String, String> out = new LinkedHashMap<>();
        requestErrors.forEach((field, message) -> {
            Matcher m = ROW_PATH.matcher(field);
            if (m.find()) {
                int index = Integer.parseInt(m.group(1));
                if (index < sent.size()) {
                    field = "achievements[" + sent.get(index) + "]" + field.substring(m.end());
                }
            }
            out.merge(field, message, (a, b) -> a + " " + b);
        });
        return out;
    }

    /** The form indices of the rows with a result written (a content chosen alone is not sent). */
    private List<Integer> sentRows() {
        List<Integer> sent = new ArrayList<>();
        for (int i = 0; i < achievements.size(); i++) {
            RowForm row = achievements.get(i);
            if (row != null && row.getResult() != null && !row.getResult().isBlank()) {
                sent.add(i);
            }
        }
        return sent;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Integer getFoundedYear() {
        return foundedYear;
    }

    public void setFoundedYear(Integer foundedYear) {
        this.foundedYear = foundedYear;
    }

    public String getDuties() {
        return duties;
    }

    public void setDuties(String duties) {
        this.duties = duties;
    }

    public String getBackground() {
        return background;
    }

    public void setBackground(String background) {
        this.background = background;
    }

    public List<RowForm> getAchievements() {
        return achievements;
    }

    public void setAchievements(List<RowForm> achievements) {
        this.achievements = achievements == null ? new ArrayList<>() : achievements;
    }

    public String getInitiatives() {
        return initiatives;
    }

    public void setInitiatives(String initiatives) {
        this.initiatives = initiatives;
    }

    public String getDeeds() {
        return deeds;
    }

    public void setDeeds(String deeds) {
        this.deeds = deeds;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public void setSignerTitle(String signerTitle) {
        this.signerTitle = signerTitle;
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String signerName) {
        this.signerName = signerName;
    }

    /** One result of section II. */
    public static class RowForm {
        private EmulationContent content;
        private String result;

        public RowForm() {}

        RowForm(EmulationContent content, String result) {
            this.content = content;
            this.result = result;
        }

        public EmulationContent getContent() {
            return content;
        }

        public void setContent(EmulationContent content) {
            this.content = content;
        }

        public String getResult() {
            return result;
        }

        public void setResult(String result) {
            this.result = result;
        }
    }
}
