package vn.bacson.khenthuong.steps;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.stage.NomineeEntry;
import vn.bacson.khenthuong.stage.StageCommand;

/**
 * The nominee rows of a stage command against the dossier: every row must name a nominee of this dossier (else 400
 * UNKNOWN_NOMINEE), once, and one still in the running; when the stage decides on the nominees now, every nominee
 * still in the running must be named. A row's own values count only for a row that passes, and only when the stage
 * decides on the nominees.
 */
final class NomineeRows {

    private static final Pattern ROW_FIELD = Pattern.compile("^" + StageCommand.NOMINEES + "\\[(\\d+)]\\.(\\w+)$");
    private static final String NOMINEE_ID = "nomineeId";

    private NomineeRows() {}

    /** A row that passed, with its index (for field names like nominees[2].votesFor) and the dossier's nominee. */
    record Row<R extends NomineeEntry>(int index, R entry, Nominee nominee) {
        String field(String key) {
            return StageCommand.NOMINEES + "[" + index + "]." + key;
        }
    }

    /**
     * @param deciding whether the stage decides on the nominees now (FORWARD, DECIDE, the council's votes)
     * @param incompleteCode the answer when nominees are missing and nothing else is wrong (INCOMPLETE_VOTES for
     *     the council); VALIDATION_FAILED adds MISSING_NOMINEE to the field errors instead
     * @return the rows that passed, in order; null when no list was sent
     */
    static <R extends NomineeEntry> List<Row<R>> check(
            List<R> rows, List<Nominee> all, boolean deciding, ErrorCode incompleteCode, Violations found) {
        if (rows == null) {
            return null;
        }
        Map<UUID, Nominee> byId = all.stream().collect(Collectors.toMap(Nominee::id, Function.identity()));
        List<Row<R>> passed = new ArrayList<>();
        Set<UUID> named = new HashSet<>();
        List<FieldViolation> unknown = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            R row = rows.get(i);
            if (row == null || row.nomineeId() == null) {
                continue; // unreadable or without a nominee: its field error is there already
            }
            String field = StageCommand.NOMINEES + "[" + i + "]." + NOMINEE_ID;
            Nominee nominee = byId.get(row.nomineeId());
            if (nominee == null) {
                unknown.add(new FieldViolation(
                        field, ErrorCode.UNKNOWN_NOMINEE.name(), "Đối tượng này không thuộc hồ sơ."));
            } else if (named.contains(nominee.id())) {
                found.add(field, "DUPLICATE", "Đối tượng này được nêu nhiều lần.");
            } else if (deciding && !nominee.isInRunning()) {
                found.add(field, "NOT_IN_REVIEW", "Đối tượng này không còn trong danh sách xét.");
            } else {
                named.add(nominee.id());
                passed.add(new Row<>(i, row, nominee));
            }
        }
        if (!unknown.isEmpty()) {
            throw new DomainException(ErrorCode.UNKNOWN_NOMINEE, ErrorCode.UNKNOWN_NOMINEE.message(), unknown);
        }
        Set<Integer> counted = deciding ? passed.stream().map(Row::index).collect(Collectors.toSet()) : Set.of();
        found.removeIf(v -> rowIndexOfValue(v) != null && !counted.contains(rowIndexOfValue(v)));
        if (deciding) {
            List<String> missing = all.stream()
                    .filter(Nominee::isInRunning)
                    .filter(n -> !named.contains(n.id()))
                    .map(Nominee::fullName)
                    .toList();
            if (!missing.isEmpty()) {
                FieldViolation violation = new FieldViolation(
                        StageCommand.NOMINEES,
                        "MISSING_NOMINEE",
                        "Chưa có kết quả cho: " + String.join(", ", missing) + ".");
                if (incompleteCode != ErrorCode.VALIDATION_FAILED && found.allMatch(v -> rowIndexOfValue(v) != null)) {
                    throw new DomainException(incompleteCode, incompleteCode.message(), List.of(violation));
                }
                found.add(violation);
            }
        }
        return passed;
    }

    /** The row of a field error about one of a row's values (not its nominee); null for any other field. */
    private static Integer rowIndexOfValue(FieldViolation violation) {
        Matcher m = ROW_FIELD.matcher(violation.field());
        return m.matches() && !m.group(2).equals(NOMINEE_ID) ? Integer.valueOf(m.group(1)) : null;
    }
}
