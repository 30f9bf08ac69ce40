package vn.bacson.khenthuong.stage;

/** What the Ban Xây dựng Đảng and the Phòng Văn hóa - Xã hội decide; the order of the buttons and the form. */
public enum ReviewOutcome {
    FORWARD,
    RETURN,
    REJECT
}
