package vn.bacson.khenthuong.posting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.dossier.NomineeType;

/**
 * A dossier under public posting, as anyone may see it (GET /api/public/postings, the page /cong-khai/niem-yet):
 * what the posting publishes and nothing more — no birth year, discipline, hold or gender.
 */
public record PostedDossier(
        UUID dossierId,
        CampaignRef campaign,
        String unit,
        String title,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        List<PostedNominee> nominees) {

    public record CampaignRef(UUID id, String code, String title) {}

    /**
     * A nominee still proposed. position: individuals only; proposedAward: the award the appraisal recommends
     * (else the one the unit proposed); achievementSummary: at most {@link PublicPostingService#SUMMARY_LENGTH}
     * characters.
     */
    public record PostedNominee(
            UUID id,
            String fullName,
            NomineeType type,
            String position,
            AwardForm proposedAward,
            String achievementSummary) {}
}
