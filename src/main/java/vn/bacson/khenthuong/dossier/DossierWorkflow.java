package vn.bacson.khenthuong.dossier;

/**
 * The port through which the dossier feature hands a dossier to the process engine.
 * Implemented by the process glue (package review); calls run in the caller's transaction, so a
 * refusal thrown by the process (a closed window) rolls the whole submit back.
 */
public interface DossierWorkflow {

    /** First submission: starts the CommendationProposal process with business key = dossier id. */
    void start(Dossier dossier);

    /** A dossier in AMENDMENT_REQUESTED comes back: completes the amendment task, the checks run again. */
    void resubmit(Dossier dossier, String actor);

    /** Ends the dossier's process as WITHDRAWN, from whatever it waits in. */
    void withdraw(Dossier dossier, String actor);
}
