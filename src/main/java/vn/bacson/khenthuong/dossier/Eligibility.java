package vn.bacson.khenthuong.dossier;

public enum Eligibility {
    ELIGIBLE,
    INELIGIBLE,
    PENDING
}
