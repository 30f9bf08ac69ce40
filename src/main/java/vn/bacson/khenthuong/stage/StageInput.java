package vn.bacson.khenthuong.stage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * A stage command as it was read, before validation: what could not be read as its field's type is null in the
 * command and named in {@code unreadable} (code INVALID_VALUE or SIZE), so that the answer lists it together with
 * every other fault of the payload.
 *
 * @param source the JSON the command was read from (the API's body, the page's form, Tasklist's variables); null
 *     for a command built in code
 */
public record StageInput(StageCommand command, JsonNode source, List<FieldViolation> unreadable) {

    public StageInput {
        unreadable = List.copyOf(unreadable);
    }

    /** A command built in code (a council session, a batch decision, a bulk completion). */
    public static StageInput of(StageCommand command) {
        return new StageInput(command, null, List.of());
    }

    public Stage stage() {
        return command.stage();
    }
}
