package vn.bacson.khenthuong.process;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Body of POST /api/dossiers/{id}/province-decision. */
public record ProvinceDecisionRequest(String decisionNumber, LocalDate decidedOn, List<Item> nominees) {

    public record Item(UUID nomineeId, Boolean awarded) {}
}
