package vn.bacson.khenthuong.stage;

import java.util.List;
import java.util.UUID;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.CurrentUser;

/**
 * Port through which a council session and a batch decision complete the stage of many dossiers at once, each
 * with its typed command (implemented by the process glue, which owns the engine's tasks).
 */
public interface StageCompletions {

    /**
     * Completes the stage's task of every dossier, all or nothing, in the caller's transaction: a dossier that no
     * longer waits at the stage answers 409 TASK_ALREADY_COMPLETED; a command the stage rejects answers as a single
     * completion does.
     *
     * @return the dossier ids, in order
     */
    List<UUID> completeAll(Stage stage, CurrentUser user, List<DossierCompletion> batch);

    /**
     * One dossier's command; decisionId: the batch decision that already numbers its Giấy khen (chairman's stage
     * only), so that the process records the dossier under it instead of issuing a number of its own.
     */
    record DossierCompletion(UUID dossierId, StageCommand command, UUID decisionId) {

        public DossierCompletion(UUID dossierId, StageCommand command) {
            this(dossierId, command, null);
        }
    }
}
