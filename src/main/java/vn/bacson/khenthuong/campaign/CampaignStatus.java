package vn.bacson.khenthuong.campaign;

/** Derived from the clock and the window, never stored. */
public enum CampaignStatus {
    DRAFT_WINDOW,
    OPEN,
    CLOSED
}
