package vn.bacson.khenthuong.web;

import java.util.List;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * The payload fields of each review stage (API.md "Tasks", POST /api/tasks/{id}/complete): the keys the task
 * page's form posts, the keys of the JSON it hands to the completion service, and the keys of the Camunda Form
 * of the stage in forms/ (StageFormsTest holds the .form files to this list). One list, three users.
 */
public enum StageFields {
    PARTY_BUILDING_SELECTION(
            Stage.PARTY_BUILDING_SELECTION,
            "SelectNominees",
            List.of(Field.text("outcome"), Field.text("comment")),
            List.of(Field.text("nomineeId"), Field.bool("selected")),
            List.of("FORWARD", "RETURN", "REJECT")),
    CULTURE_SOCIAL_APPRAISAL(
            Stage.CULTURE_SOCIAL_APPRAISAL,
            "AppraiseDossier",
            List.of(Field.text("outcome"), Field.text("comment")),
            List.of(
                    Field.text("nomineeId"),
                    Field.text("appraisal"),
                    Field.text("recommendedAward"),
                    Field.text("note")),
            List.of("FORWARD", "RETURN", "REJECT")),
    COUNCIL_REVIEW(
            Stage.COUNCIL_REVIEW,
            "ReviewInCouncil",
            List.of(
                    Field.date("meetingDate"),
                    Field.integer("membersTotal"),
                    Field.integer("membersPresent"),
                    Field.integer("absentWrittenOpinions"),
                    Field.text("comment")),
            List.of(Field.text("nomineeId"), Field.integer("votesFor")),
            List.of()),
    CHAIRMAN_DECISION(
            Stage.CHAIRMAN_DECISION,
            "DecideAwards",
            List.of(Field.text("outcome"), Field.text("comment")),
            List.of(Field.text("nomineeId"), Field.text("award")),
            List.of("DECIDE", "RETURN"));

    /** The array of per-nominee results in every stage's payload. */
    static final String NOMINEES = "nominees";

    public enum Type {
        TEXT,
        BOOLEAN,
        INTEGER,
        DATE
    }

    public record Field(String key, Type type) {
        static Field text(String key) {
            return new Field(key, Type.TEXT);
        }

        static Field bool(String key) {
            return new Field(key, Type.BOOLEAN);
        }

        static Field integer(String key) {
            return new Field(key, Type.INTEGER);
        }

        static Field date(String key) {
            return new Field(key, Type.DATE);
        }
    }

    private final Stage stage;
    private final String formId;
    private final List<Field> fields;
    private final List<Field> nomineeFields;
    private final List<String> outcomes;

    StageFields(Stage stage, String formId, List<Field> fields, List<Field> nomineeFields, List<String> outcomes) {
        this.stage = stage;
        this.formId = formId;
        this.fields = fields;
        this.nomineeFields = nomineeFields;
        this.outcomes = outcomes;
    }

    public Stage stage() {
        return stage;
    }

    /** The Camunda Form id, also its file name in forms/ and the camunda:formRef of the stage's user task. */
    public String formId() {
        return formId;
    }

    public List<Field> fields() {
        return fields;
    }

    public List<Field> nomineeFields() {
        return nomineeFields;
    }

    /** The outcome buttons of the stage (empty: the council records votes, the process decides). */
    public List<String> outcomes() {
        return outcomes;
    }

    static StageFields of(Stage stage) {
        for (StageFields s : values()) {
            if (s.stage == stage) {
                return s;
            }
        }
        throw new IllegalArgumentException("No review form for stage " + stage);
    }
}
