package vn.bacson.khenthuong.dossier;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.dossier.AchievementReport.AchievementRow;

/**
 * An achievement report as the API shows it: what the unit wrote, the nominee it is about (section I and III come
 * from the dossier), whether it is filled enough to replace an uploaded report, the links to its PDF and DOCX, and
 * who changed it last.
 */
public record AchievementReportView(
        UUID dossierId,
        UUID nomineeId,
        NomineeRef nominee,
        String address,
        Integer foundedYear,
        String duties,
        String background,
        List<AchievementRow> achievements,
        String initiatives,
        String deeds,
        String signerTitle,
        String signerName,
        boolean complete,
        List<ReportSection> missingSections,
        String pdf,
        String docx,
        OffsetDateTime updatedAt,
        String updatedBy) {

    /** The nominee as the dossier records it: the report prints these, the unit changes them in the dossier. */
    public record NomineeRef(
            String fullName,
            NomineeType type,
            Integer birthYear,
            String position,
            AwardForm proposedAward,
            List<EmulationContent> emulationContents) {}

    /** A report in the dossier view: its state and its documents. */
    public record Summary(
            UUID nomineeId,
            boolean complete,
            List<ReportSection> missingSections,
            String pdf,
            String docx,
            OffsetDateTime updatedAt,
            String updatedBy) {

        static Summary of(AchievementReport r, ZoneId zone) {
            List<ReportSection> missing = AchievementReportRules.missingSections(r);
            String path = path(r.dossierId(), r.nomineeId());
            return new Summary(
                    r.nomineeId(),
                    missing.isEmpty(),
                    missing,
                    path + ".pdf",
                    path + ".docx",
                    r.updatedAt().atZone(zone).toOffsetDateTime(),
                    r.updatedBy());
        }
    }

    /** {@code /api/dossiers/{id}/nominees/{nomineeId}/achievement-report}; add ".pdf" or ".docx" for the documents. */
    public static String path(UUID dossierId, UUID nomineeId) {
        return "/api/dossiers/" + dossierId + "/nominees/" + nomineeId + "/achievement-report";
    }

    static AchievementReportView of(AchievementReport r, Nominee n, ZoneId zone) {
        Summary summary = Summary.of(r, zone);
        return new AchievementReportView(
                r.dossierId(),
                r.nomineeId(),
                new NomineeRef(
                        n.fullName(),
                        n.type(),
                        n.birthYear(),
                        n.position(),
                        n.proposedAward(),
                        n.emulationContents().stream().sorted().toList()),
                r.address(),
                r.foundedYear(),
                r.duties(),
                r.background(),
                r.achievements(),
                r.initiatives(),
                r.deeds(),
                r.signerTitle(),
                r.signerName(),
                summary.complete(),
                summary.missingSections(),
                summary.pdf(),
                summary.docx(),
                summary.updatedAt(),
                summary.updatedBy());
    }
}
