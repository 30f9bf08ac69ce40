package vn.bacson.khenthuong.tasklist;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.identity.CurrentUser;

/** Each user's saved filters of the task list (table task_filter): only their owner sees or deletes them. */
@Service
public class SavedTaskFilters {

    /** The query keys the task list understands; anything else is refused, so a saved filter always applies. */
    public static final Set<String> KEYS = Set.of("stage", "campaignId", "unit", "overdue", "scope");

    static final int MAX_NAME = 100;
    static final int MAX_PER_USER = 50;

    private final JdbcClient jdbc;
    private final Clock clock;

    SavedTaskFilters(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SavedTaskFilter> list(CurrentUser user) {
        return jdbc.sql(
                        "select id, name, query from task_filter where in_commune(commune_code) and username = ? order by name")
                .param(user.username())
                .query(SavedTaskFilter.class)
                .list();
    }

    /** Saves the query under a name (unique per user: 409 TASK_FILTER_NAME_TAKEN). */
    @Transactional
    public SavedTaskFilter save(CurrentUser user, SavedTaskFilter.Request request) {
        String name =
                request == null || request.name() == null ? "" : request.name().strip();
        String query = request == null || request.query() == null
                ? ""
                : request.query().strip();
        if (query.startsWith("?")) {
            query = query.substring(1);
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (name.isEmpty()) {
            violations.add(new FieldViolation("name", "REQUIRED", "Đặt tên cho bộ lọc."));
        } else if (name.length() > MAX_NAME) {
            violations.add(new FieldViolation("name", "SIZE", "Tên bộ lọc tối đa " + MAX_NAME + " ký tự."));
        }
        String unknown = unknownKey(query);
        if (query.length() > 1000) {
            violations.add(new FieldViolation("query", "SIZE", "Bộ lọc quá dài."));
        } else if (unknown != null) {
            violations.add(new FieldViolation(
                    "query",
                    "INVALID_VALUE",
                    "Bộ lọc chỉ gồm stage, campaignId, unit, overdue, scope (có: " + unknown + ")."));
        }
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        long count = jdbc.sql("select count(*) from task_filter where in_commune(commune_code) and username = ?")
                .param(user.username())
                .query(Long.class)
                .single();
        if (count >= MAX_PER_USER) {
            throw DomainException.invalid("name", "TOO_MANY", "Mỗi người lưu tối đa " + MAX_PER_USER + " bộ lọc.");
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("insert into task_filter (id, username, name, query, created) values (?, ?, ?, ?, ?)")
                    .params(id, user.username(), name, query, Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException taken) {
            throw new DomainException(ErrorCode.TASK_FILTER_NAME_TAKEN);
        }
        return new SavedTaskFilter(id, name, query);
    }

    /** Deletes one of the caller's filters; anyone else's answers 404 TASK_FILTER_NOT_FOUND. */
    @Transactional
    public void delete(CurrentUser user, UUID id) {
        int deleted = jdbc.sql("delete from task_filter where in_commune(commune_code) and id = ? and username = ?")
                .params(id, user.username())
                .update();
        if (deleted == 0) {
            throw new DomainException(ErrorCode.TASK_FILTER_NOT_FOUND);
        }
    }

    private static String unknownKey(String query) {
        if (query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            String key = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
            if (!key.isEmpty() && !KEYS.contains(key)) {
                return key;
            }
        }
        return null;
    }
}
