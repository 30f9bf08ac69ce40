package vn.bacson.khenthuong.campaign;

/** The award forms a campaign offers (plan section IV) and a nominee may be proposed for. */
public enum AwardForm {
    GIAY_KHEN_CHU_TICH_XA,
    BANG_KHEN_CHU_TICH_TINH
}
