package vn.bacson.khenthuong.dossier;

public enum DocumentKind {
    TO_TRINH,
    BAO_CAO_THANH_TICH,
    BIEU_TOM_TAT,
    BIEN_BAN_HOP_XET
}
