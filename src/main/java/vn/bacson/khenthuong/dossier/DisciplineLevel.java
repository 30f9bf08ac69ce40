package vn.bacson.khenthuong.dossier;

public enum DisciplineLevel {
    NONE,
    KHIEN_TRACH,
    CANH_CAO,
    GIANG_CHUC,
    CACH_CHUC,
    BUOC_THOI_VIEC
}
