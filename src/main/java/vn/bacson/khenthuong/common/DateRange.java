package vn.bacson.khenthuong.common;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The plausible range of every date a user enters, relative to the business date (the injected {@link Clock},
 * whose zone is the business zone). Every date of a request or a form is checked against one of these before
 * anything computes with it, so no date far outside (year 99999, "+999999999-12-31") reaches arithmetic or the
 * database; a date outside answers 400 VALIDATION_FAILED naming the field (code MIN or MAX).
 */
public enum DateRange {
    /** Campaign dates (launchedOn, congressDate): within {@value #CAMPAIGN_YEARS} years of today, either way. */
    CAMPAIGN(CampaignYears.YEARS, CampaignYears.YEARS),
    /** What happened already and recently: a council meeting, a province decision. Not in the future. */
    RECENT_PAST(CampaignYears.YEARS, 0),
    /** An older record about a person (a discipline decision): within a working life, not in the future. */
    PAST(100, 0);

    /** How far a campaign date may lie from today, in years. */
    public static final int CAMPAIGN_YEARS = CampaignYears.YEARS;

    private final int yearsBack;
    private final int yearsAhead;

    DateRange(int yearsBack, int yearsAhead) {
        this.yearsBack = yearsBack;
        this.yearsAhead = yearsAhead;
    }

    public LocalDate earliest(LocalDate today) {
        return today.minusYears(yearsBack);
    }

    public LocalDate latest(LocalDate today) {
        return today.plusYears(yearsAhead);
    }

    /** The violation of {@code value} (null: nothing to check), or null when it lies in the range. */
    public FieldViolation violation(String field, LocalDate value, LocalDate today) {
        if (value == null) {
            return null;
        }
        LocalDate earliest = earliest(today);
        LocalDate latest = latest(today);
        if (value.isBefore(earliest)) {
            return new FieldViolation(
                    field,
                    "MIN",
                    "Ngày không hợp lệ: phải từ " + Formats.date(earliest) + " đến " + Formats.date(latest) + ".");
        }
        if (value.isAfter(latest)) {
            String message = yearsAhead == 0
                    ? "Ngày không được sau ngày hôm nay (" + Formats.date(today) + ")."
                    : "Ngày không hợp lệ: phải từ " + Formats.date(earliest) + " đến " + Formats.date(latest) + ".";
            return new FieldViolation(field, "MAX", message);
        }
        return null;
    }

    /** Adds the violation of {@code value}, if any, to {@code out}; true when the date is fine (or absent). */
    public boolean check(String field, LocalDate value, Clock clock, List<FieldViolation> out) {
        FieldViolation violation = violation(field, value, LocalDate.now(clock));
        if (violation != null) {
            out.add(violation);
            return false;
        }
        return true;
    }

    /** Throws VALIDATION_FAILED when {@code value} lies outside the range. */
    public void require(String field, LocalDate value, Clock clock) {
        FieldViolation violation = violation(field, value, LocalDate.now(clock));
        if (violation != null) {
            throw DomainException.invalid(List.of(violation));
        }
    }

    private static final class CampaignYears {
        static final int YEARS = 5;
    }
}
