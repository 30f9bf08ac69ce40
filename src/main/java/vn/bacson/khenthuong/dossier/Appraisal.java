package vn.bacson.khenthuong.dossier;

public enum Appraisal {
    DAT,
    KHONG_DAT
}
