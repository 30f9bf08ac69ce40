package vn.bacson.khenthuong.dossier;

public enum ChairmanAward {
    GIAY_KHEN_CHU_TICH_XA,
    PROPOSE_BANG_KHEN_CHU_TICH_TINH,
    NONE
}
