package vn.bacson.khenthuong.decision;

import java.time.LocalDate;
import java.util.UUID;

/** A chairman's decision (Quyết định) with its yearly number, e.g. {@code 12/QĐ-UBND}. */
public record Decision(
        UUID id,
        UUID campaignId,
        int year,
        int sequenceNo,
        String number,
        LocalDate decidedOn,
        String decidedBy,
        String comment) {}
