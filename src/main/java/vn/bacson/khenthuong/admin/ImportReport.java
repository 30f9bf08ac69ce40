package vn.bacson.khenthuong.admin;

import java.util.List;

/**
 * What an XLSX onboarding sheet did, one line per filled row in the order of the sheet: what was created, what was
 * refused and why (Vietnamese sentences, one per problem).
 */
public record ImportReport(String communeCode, List<Line> rows, long created, long refused) {

    public enum Kind {
        UNIT,
        USER
    }

    public enum Outcome {
        CREATED,
        REFUSED
    }

    /** One row of the sheet: its number as Excel shows it, what it describes and what happened to it. */
    public record Line(int row, Kind kind, String key, Outcome outcome, List<String> reasons) {}

    static ImportReport of(String communeCode, List<Line> rows) {
        long created = rows.stream().filter(r -> r.outcome() == Outcome.CREATED).count();
        return new ImportReport(communeCode, rows, created, rows.size() - created);
    }
}
