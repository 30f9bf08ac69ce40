package vn.bacson.khenthuong.tasklist;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.identity.CurrentUser;

/**
 * Delegations (ủy quyền, docs/api.md "Delegation"). Whether one is in force is computed on every read from the
 * application clock and the business zone, so a delegation starts and ends by itself: nothing is written into the
 * engine (no candidate users to clean up). A delegate may only be a colleague with exactly the same review roles,
 * so the delegator's candidate-group tasks are already theirs; what the delegation adds is the delegator's
 * claimed tasks: they count as the delegate's own (listed under "mine", completable), and the history of each
 * completion records "… thay mặt …".
 */
@Service
public class DelegationService {

    private final JdbcClient jdbc;
    private final UserNames users;
    private final Clock clock;
    private final ZoneId zone;

    DelegationService(JdbcClient jdbc, UserNames users, Clock clock, ZoneId businessZone) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
        this.zone = businessZone;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The delegations the caller gave and received that have not ended yet. */
    @Transactional(readOnly = true)
    public Delegation.Mine mine(CurrentUser user) {
        LocalDate today = today();
        List<Row> rows = jdbc.sql("select id, delegator, delegate, starts_on, ends_on from delegation "
                        + "where in_commune(commune_code) and (delegator = :me or delegate = :me) and ends_on >= :today "
                        + "order by starts_on, created")
                .param("me", user.username())
                .param("today", Date.valueOf(today))
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getString("delegator"),
                        rs.getString("delegate"),
                        rs.getDate("starts_on").toLocalDate(),
                        rs.getDate("ends_on").toLocalDate()))
                .list();
        Set<String> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.add(r.delegator());
            ids.add(r.delegate());
        });
        Map<String, String> names = users.displayNames(ids);
        List<Delegation> given = new ArrayList<>();
        List<Delegation> received = new ArrayList<>();
        for (Row r : rows) {
            Delegation d = r.view(names, today);
            (r.delegator().equals(user.username()) ? given : received).add(d);
        }
        return new Delegation.Mine(given, received);
    }

    /**
     * Names a colleague for a range of days. Refused: a caller without a review role (403), an unknown delegate,
     * oneself, a colleague whose review roles differ, a range that starts in the past or ends before it starts
     * (400 VALIDATION_FAILED with the field), a range overlapping another delegation of the caller (409
     * DELEGATION_OVERLAP).
     */
    @Transactional
    public Delegation create(CurrentUser user, Delegation.Request request) {
        Set<String> myRoles =
                user.roles().stream().filter(UserNames.REVIEW_ROLES::contains).collect(Collectors.toUnmodifiableSet());
        if (myRoles.isEmpty()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Chỉ cán bộ xét duyệt mới ủy quyền xử lý công việc.");
        }
        List<FieldViolation> violations = new ArrayList<>();
        String delegate = request == null || request.delegate() == null
                ? ""
                : request.delegate().strip();
        if (delegate.isEmpty()) {
            violations.add(new FieldViolation("delegate", "REQUIRED", "Chọn người được ủy quyền."));
        } else if (delegate.equals(user.username())) {
            violations.add(new FieldViolation("delegate", "SELF", "Không thể ủy quyền cho chính mình."));
        } else {
            Set<String> theirRoles = users.reviewRoles(delegate).orElse(null);
            if (theirRoles == null) {
                violations.add(new FieldViolation("delegate", "UNKNOWN_USER", "Không có người dùng này."));
            } else if (!theirRoles.equals(myRoles)) {
                violations.add(new FieldViolation(
                        "delegate", "DIFFERENT_ROLE", "Chỉ ủy quyền cho đồng nghiệp cùng vai trò xét duyệt."));
            }
        }
        LocalDate from = request == null ? null : request.from();
        LocalDate to = request == null ? null : request.to();
        LocalDate today = today();
        if (from == null) {
            violations.add(new FieldViolation("from", "REQUIRED", "Nhập ngày bắt đầu ủy quyền."));
        } else if (from.isBefore(today)) {
            violations.add(new FieldViolation("from", "IN_PAST", "Ngày bắt đầu không được trước hôm nay."));
        }
        if (to == null) {
            violations.add(new FieldViolation("to", "REQUIRED", "Nhập ngày kết thúc ủy quyền."));
        } else if (from != null && to.isBefore(from)) {
            violations.add(new FieldViolation("to", "BEFORE_START", "Ngày kết thúc phải từ ngày bắt đầu trở đi."));
        }
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        boolean overlaps = jdbc.sql(
                                "select count(*) from delegation where in_commune(commune_code) and delegator = ? and starts_on <= ? "
                                        + "and ends_on >= ?")
                        .params(user.username(), Date.valueOf(to), Date.valueOf(from))
                        .query(Long.class)
                        .single()
                > 0;
        if (overlaps) {
            throw new DomainException(ErrorCode.DELEGATION_OVERLAP);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into delegation (id, delegator, delegate, starts_on, ends_on, created) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        user.username(),
                        delegate,
                        Date.valueOf(from),
                        Date.valueOf(to),
                        Timestamp.from(clock.instant()))
                .update();
        Map<String, String> names = users.displayNames(List.of(user.username(), delegate));
        return new Row(id, user.username(), delegate, from, to).view(names, today);
    }

    /** The colleagues the caller may delegate to: the same review roles, not the caller; empty for others. */
    @Transactional(readOnly = true)
    public List<Colleague> colleagues(CurrentUser user) {
        return users.withReviewRoles(reviewRoles(user)).stream()
                .filter(p -> !p.username().equals(user.username()))
                .map(p -> new Colleague(p.username(), p.name()))
                .toList();
    }

    /** Someone one may delegate to. */
    public record Colleague(String username, String name) {}

    private static Set<String> reviewRoles(CurrentUser user) {
        return user.roles().stream().filter(UserNames.REVIEW_ROLES::contains).collect(Collectors.toUnmodifiableSet());
    }

    /** Ends (deletes) one of the caller's own delegations; anyone else's answers 404. */
    @Transactional
    public void delete(CurrentUser user, UUID id) {
        int deleted = jdbc.sql("delete from delegation where in_commune(commune_code) and id = ? and delegator = ?")
                .params(id, user.username())
                .update();
        if (deleted == 0) {
            throw new DomainException(ErrorCode.DELEGATION_NOT_FOUND);
        }
    }

    /** Whom the user stands in for today. */
    @Transactional(readOnly = true)
    public Set<String> activeDelegators(String username) {
        Date today = Date.valueOf(today());
        return Set.copyOf(jdbc.sql(
                        "select delegator from delegation where in_commune(commune_code) and delegate = ? and starts_on <= ? "
                                + "and ends_on >= ?")
                .params(username, today, today)
                .query(String.class)
                .list());
    }

    private record Row(UUID id, String delegator, String delegate, LocalDate from, LocalDate to) {
        Delegation view(Map<String, String> names, LocalDate today) {
            return new Delegation(
                    id,
                    delegator,
                    names.getOrDefault(delegator, delegator),
                    delegate,
                    names.getOrDefault(delegate, delegate),
                    from,
                    to,
                    !today.isBefore(from) && !today.isAfter(to));
        }
    }
}
