package vn.bacson.khenthuong.province;

/** Where a commune's proposal stands at the province (API.md). */
public enum ProposalStatus {
    IN_REVIEW,
    RETURNED,
    DECIDED
}
