package vn.bacson.khenthuong.tasklist;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A delegation (ủy quyền): from {@code from} to {@code to} (both included, dates in Asia/Ho_Chi_Minh) the delegate
 * may work the delegator's tasks; {@code active}: today is within the range.
 */
public record Delegation(
        UUID id,
        String delegator,
        String delegatorName,
        String delegate,
        String delegateName,
        LocalDate from,
        LocalDate to,
        boolean active) {

    /** Answer of GET /api/me/delegations: what the caller gave and what they received. */
    public record Mine(java.util.List<Delegation> given, java.util.List<Delegation> received) {}

    /** Body of POST /api/me/delegations. */
    public record Request(String delegate, LocalDate from, LocalDate to) {}
}
