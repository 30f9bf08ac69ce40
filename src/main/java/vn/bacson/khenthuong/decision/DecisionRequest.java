package vn.bacson.khenthuong.decision;

import java.util.List;
import java.util.UUID;

/** POST /api/decisions (and /api/decisions/preview): the chairman's award for each nominee of a batch. */
public record DecisionRequest(UUID campaignId, List<Award> awards, String comment) {

    /** award: GIAY_KHEN_CHU_TICH_XA, PROPOSE_BANG_KHEN_CHU_TICH_TINH or NONE. */
    public record Award(UUID nomineeId, String award) {}
}
