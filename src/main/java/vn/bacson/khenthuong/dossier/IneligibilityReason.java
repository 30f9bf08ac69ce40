package vn.bacson.khenthuong.dossier;

public enum IneligibilityReason {
    DISCIPLINED,
    MEMBER_DISCIPLINED,
    ON_HOLD,
    DUPLICATE_NOMINATION,
    MISSING_ACHIEVEMENT,
    BANG_KHEN_GROUND_REQUIRED,
    AWARD_FORM_NOT_IN_CAMPAIGN,
    UNIT_DISSOLVED
}
