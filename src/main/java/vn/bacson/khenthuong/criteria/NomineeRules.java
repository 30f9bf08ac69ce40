package vn.bacson.khenthuong.criteria;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.campaign.CampaignLevel;
import vn.bacson.khenthuong.dossier.BangKhenGround;
import vn.bacson.khenthuong.dossier.DisciplineLevel;
import vn.bacson.khenthuong.dossier.Eligibility;
import vn.bacson.khenthuong.dossier.Gender;
import vn.bacson.khenthuong.dossier.HoldStatus;
import vn.bacson.khenthuong.dossier.IneligibilityReason;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeType;

/**
 * The criteria of the plan (section V) and the law for one nominee, as pure functions: no database, no clock.
 * What the rules need from elsewhere (the unit, other nominations, today) is passed in.
 */
public final class NomineeRules {

    /** A discipline decision takes effect for 12 months from the day it was decided. */
    static final Period DISCIPLINE_EFFECT = Period.ofMonths(12);

    /** A collective counts as "mostly women" for the tie-break from this share of women members. */
    static final int WOMEN_SHARE_PREFERRED = 70;

    /** Among equal candidates: women and collectives with at least 70% women first; otherwise stable. */
    public static final Comparator<Nominee> PREFERRED_FIRST = Comparator.comparing(n -> !preferred(n));

    private NomineeRules() {}

    /**
     * Every reason the nominee may not go on, empty when none.
     *
     * @param unitDissolved whether the proposing unit was dissolved (2025 restructuring)
     * @param duplicate whether the same person or collective is already proposed elsewhere in the campaign
     * @param today the current date in the business zone
     */
    static Set<IneligibilityReason> reasons(
            Nominee nominee, Campaign campaign, boolean unitDissolved, boolean duplicate, LocalDate today) {
        Set<IneligibilityReason> reasons = EnumSet.noneOf(IneligibilityReason.class);
        NomineeType type = nominee.type();
        if (type != NomineeType.COLLECTIVE && isUnderDiscipline(nominee, today)) {
            reasons.add(IneligibilityReason.DISCIPLINED);
        }
        if (type == NomineeType.COLLECTIVE && nominee.memberDisciplined()) {
            reasons.add(IneligibilityReason.MEMBER_DISCIPLINED);
        }
        if (nominee.holdStatus() != null && nominee.holdStatus() != HoldStatus.NONE) {
            reasons.add(IneligibilityReason.ON_HOLD);
        }
        if (duplicate) {
            reasons.add(IneligibilityReason.DUPLICATE_NOMINATION);
        }
        if (lacksAchievement(nominee)) {
            reasons.add(IneligibilityReason.MISSING_ACHIEVEMENT);
        }
        if (needsBangKhenGround(nominee, campaign)) {
            reasons.add(IneligibilityReason.BANG_KHEN_GROUND_REQUIRED);
        }
        if (campaign.awardForms() == null || !campaign.awardForms().contains(nominee.proposedAward())) {
            reasons.add(IneligibilityReason.AWARD_FORM_NOT_IN_CAMPAIGN);
        }
        if (unitDissolved) {
            reasons.add(IneligibilityReason.UNIT_DISSOLVED);
        }
        return reasons;
    }

    /** No reason: eligible. Only a hold: pending (it proceeds once cleared). Anything else: ineligible. */
    static Eligibility eligibility(Set<IneligibilityReason> reasons) {
        if (reasons.isEmpty()) {
            return Eligibility.ELIGIBLE;
        }
        return reasons.equals(EnumSet.of(IneligibilityReason.ON_HOLD)) ? Eligibility.PENDING : Eligibility.INELIGIBLE;
    }

    /** The tie-break preference: a woman (individual or household head), or a collective with ≥ 70% women. */
    public static boolean preferred(Nominee nominee) {
        if (nominee.type() == NomineeType.COLLECTIVE) {
            return nominee.womenShare() != null && nominee.womenShare() >= WOMEN_SHARE_PREFERRED;
        }
        return nominee.gender() == Gender.FEMALE;
    }

    /**
     * Khiển trách or heavier, decided less than 12 months ago. A decision without a date is taken as still in
     * effect: the unit must give the date for the system to know it has lapsed.
     */
    static boolean isUnderDiscipline(Nominee nominee, LocalDate today) {
        DisciplineLevel level = nominee.disciplineLevel();
        if (level == null || level.compareTo(DisciplineLevel.KHIEN_TRACH) < 0) {
            return false;
        }
        LocalDate decidedOn = nominee.disciplineDecidedOn();
        return decidedOn == null || today.isBefore(decidedOn.plus(DISCIPLINE_EFFECT));
    }

    /** No section II content, or neither an initiative nor a concrete achievement described. */
    private static boolean lacksAchievement(Nominee nominee) {
        boolean noContent = nominee.emulationContents() == null
                || nominee.emulationContents().isEmpty();
        return noContent || (isBlank(nominee.initiative()) && isBlank(nominee.achievementSummary()));
    }

    /**
     * An individual proposed for the provincial Bằng khen on a commune campaign needs a ground other than the
     * campaign itself; on a province campaign the campaign is the ground. Collectives and households may be
     * proposed on any campaign.
     */
    private static boolean needsBangKhenGround(Nominee nominee, Campaign campaign) {
        if (nominee.type() != NomineeType.INDIVIDUAL
                || nominee.proposedAward() != AwardForm.BANG_KHEN_CHU_TICH_TINH
                || campaign.launchedBy() != CampaignLevel.COMMUNE) {
            return false;
        }
        BangKhenGround ground = nominee.bangKhenGround();
        return ground == null || ground == BangKhenGround.PROVINCE_CAMPAIGN;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
