package vn.bacson.khenthuong.dossier;

/**
 * The parts an achievement report needs before it replaces an uploaded one: section I (background), at least one
 * result in section II, and an initiative or a concrete deed (as the plan's criteria ask).
 */
public enum ReportSection {
    BACKGROUND,
    ACHIEVEMENTS,
    INITIATIVE_OR_DEED
}
