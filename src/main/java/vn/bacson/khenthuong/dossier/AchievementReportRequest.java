package vn.bacson.khenthuong.dossier;

import java.util.List;

/** The body of {@code PUT /api/dossiers/{id}/nominees/{nomineeId}/achievement-report}: the whole report. */
public record AchievementReportRequest(
        String address,
        Integer foundedYear,
        String duties,
        String background,
        List<RowInput> achievements,
        String initiatives,
        String deeds,
        String signerTitle,
        String signerName) {

    /** One row of section II as sent; validated by {@link AchievementReportValidator}. */
    public record RowInput(EmulationContent content, String result) {}
}
