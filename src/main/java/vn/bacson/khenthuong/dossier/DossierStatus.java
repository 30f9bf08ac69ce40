package vn.bacson.khenthuong.dossier;

public enum DossierStatus {
    DRAFT,
    SUBMITTED,
    AMENDMENT_REQUESTED,
    IN_REVIEW,
    PROVINCE_PENDING,
    DECIDED,
    REJECTED,
    EXPIRED,
    WITHDRAWN
}
