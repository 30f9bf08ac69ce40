package vn.bacson.khenthuong.stage;

/** What the chairman decides; the order of the buttons and the form. */
public enum DecisionOutcome {
    DECIDE,
    RETURN
}
