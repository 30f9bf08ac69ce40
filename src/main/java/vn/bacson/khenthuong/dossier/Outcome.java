package vn.bacson.khenthuong.dossier;

public enum Outcome {
    PENDING,
    GIAY_KHEN_CHU_TICH_XA,
    PROPOSED_BANG_KHEN_CHU_TICH_TINH,
    BANG_KHEN_CHU_TICH_TINH,
    NOT_AWARDED
}
