package vn.bacson.khenthuong.dossier;

public enum EmulationContent {
    KTXH,
    DAI_HOI,
    PHONG_TRAO,
    CONG_TRINH
}
