package vn.bacson.khenthuong.province;

/**
 * When a proposal at the province is late, in one place for every query that asks: in review after its stage's due
 * date, or returned to the commune and not sent again by the resend date. The province's list filters by it and the
 * province dashboard ({@code monitoring.ProvinceQueries}) counts by it.
 */
public final class ProposalOverdue {

    private ProposalOverdue() {}

    /**
     * A SQL expression over a {@code province_proposal} row, 1 when it is late and 0 otherwise.
     *
     * @param now the parameter that binds the current time, e.g. {@code ":now"} or {@code "?"} (bound twice then)
     */
    public static String sql(String now) {
        return "case when (status = '" + ProposalStatus.IN_REVIEW.name() + "' and due < " + now + ") or (status = '"
                + ProposalStatus.RETURNED.name() + "' and resend_due < " + now + ") then 1 else 0 end";
    }
}
