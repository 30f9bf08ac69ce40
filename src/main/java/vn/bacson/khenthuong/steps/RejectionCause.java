package vn.bacson.khenthuong.steps;

/** Why a dossier is rejected: no nominee met the criteria, a reviewer refused it, or the council passed none. */
public enum RejectionCause {
    CRITERIA,
    REVIEWER,
    COUNCIL
}
