package vn.bacson.khenthuong.dossier;

public enum HoldStatus {
    NONE,
    DISCIPLINE_REVIEW,
    INVESTIGATION,
    COMPLAINT,
    PRESS_VERIFICATION
}
