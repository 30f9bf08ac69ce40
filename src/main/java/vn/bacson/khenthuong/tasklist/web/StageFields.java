package vn.bacson.khenthuong.tasklist.web;

import java.time.LocalDate;
import java.util.List;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.stage.CommandField;
import vn.bacson.khenthuong.stage.CommandFields;
import vn.bacson.khenthuong.stage.StageCommand;

/**
 * The fields of each review stage's form on the task page, read from the stage's command (stage.StageCommand): its
 * record components are the parameters the page posts, and the keys of the stage's Camunda Form in forms/
 * (StageFormsTest holds the .form files to the records).
 */
public enum StageFields {
    PARTY_BUILDING_SELECTION(Stage.PARTY_BUILDING_SELECTION),
    CULTURE_SOCIAL_APPRAISAL(Stage.CULTURE_SOCIAL_APPRAISAL),
    COUNCIL_REVIEW(Stage.COUNCIL_REVIEW),
    CHAIRMAN_DECISION(Stage.CHAIRMAN_DECISION),
    PROVINCE_APPRAISAL(Stage.PROVINCE_APPRAISAL),
    PROVINCE_COUNCIL(Stage.PROVINCE_COUNCIL),
    PROVINCE_DECISION(Stage.PROVINCE_DECISION);

    /** The array of per-nominee results in every stage's payload. */
    static final String NOMINEES = StageCommand.NOMINEES;

    /** How the page shows and posts a field. */
    public enum Type {
        TEXT,
        BOOLEAN,
        INTEGER,
        DATE;

        static Type of(Class<?> type) {
            if (type == Boolean.class) {
                return BOOLEAN;
            }
            if (type == Integer.class) {
                return INTEGER;
            }
            return type == LocalDate.class ? DATE : TEXT;
        }
    }

    public record Field(String key, Type type) {
        static Field of(CommandField field) {
            return new Field(field.key(), Type.of(field.type()));
        }
    }

    private final Stage stage;
    private final List<Field> fields;
    private final List<Field> nomineeFields;

    StageFields(Stage stage) {
        this.stage = stage;
        this.fields = CommandFields.fields(stage).stream().map(Field::of).toList();
        this.nomineeFields =
                CommandFields.nomineeFields(stage).stream().map(Field::of).toList();
    }

    public Stage stage() {
        return stage;
    }

    /** The Camunda Form id, also its file name in forms/ and the camunda:formRef of the stage's user task. */
    public String formId() {
        return CommandFields.formId(stage);
    }

    public List<Field> fields() {
        return fields;
    }

    public List<Field> nomineeFields() {
        return nomineeFields;
    }

    /** The outcome buttons of the stage (empty: the council records votes, the process decides). */
    public List<String> outcomes() {
        return CommandFields.outcomes(stage);
    }

    public static StageFields of(Stage stage) {
        for (StageFields s : values()) {
            if (s.stage == stage) {
                return s;
            }
        }
        throw new IllegalArgumentException("No review form for stage " + stage);
    }
}
