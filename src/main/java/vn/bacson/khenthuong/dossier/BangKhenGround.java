package vn.bacson.khenthuong.dossier;

public enum BangKhenGround {
    MANY_ACHIEVEMENTS,
    CONTRIBUTION,
    WORKER_FARMER,
    PROVINCE_CAMPAIGN
}
