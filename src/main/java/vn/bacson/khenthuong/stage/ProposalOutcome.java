package vn.bacson.khenthuong.stage;

/** What the Sở Nội vụ decides about a commune's proposal after its appraisal; the order of the buttons. */
public enum ProposalOutcome {
    FORWARD,
    RETURN
}
