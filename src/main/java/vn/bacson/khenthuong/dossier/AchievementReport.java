package vn.bacson.khenthuong.dossier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A nominee's achievement report filled in on the system (Báo cáo thành tích, the thematic-campaign form of Decree
 * 152/2025; mẫu 08 of Decree 98/2023) instead of an uploaded file. Section I is the nominee's own data (name,
 * birth year, position) plus address, founding year, duties and background; section II the results per emulation
 * content, the initiatives and the concrete deeds; section III is the nominee's proposed award.
 */
public record AchievementReport(
        UUID nomineeId,
        UUID dossierId,
        String address,
        Integer foundedYear,
        String duties,
        String background,
        List<AchievementRow> achievements,
        String initiatives,
        String deeds,
        String signerTitle,
        String signerName,
        Instant updatedAt,
        String updatedBy) {

    public AchievementReport {
        achievements = achievements == null ? List.of() : List.copyOf(achievements);
    }

    /** One result of section II: what was achieved in one of the campaign's emulation contents. */
    public record AchievementRow(EmulationContent content, String result) {}
}
