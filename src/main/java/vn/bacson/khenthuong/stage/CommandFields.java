package vn.bacson.khenthuong.stage;

import jakarta.validation.constraints.NotNull;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * The fields of each stage's command, read from its record: the one list the task page, the Tasklist listener and
 * the forms test use, so a field is added by adding a record component.
 */
public final class CommandFields {

    private static final Map<Stage, Class<? extends StageCommand>> TYPES = Map.of(
            Stage.PARTY_BUILDING_SELECTION, SelectNominees.class,
            Stage.CULTURE_SOCIAL_APPRAISAL, AppraiseDossier.class,
            Stage.COUNCIL_REVIEW, ReviewInCouncil.class,
            Stage.CHAIRMAN_DECISION, DecideAwards.class,
            Stage.PROVINCE_APPRAISAL, AppraiseProposal.class,
            Stage.PROVINCE_COUNCIL, ReviewInProvinceCouncil.class,
            Stage.PROVINCE_DECISION, DecideProvinceAwards.class);

    private static final String OUTCOME = "outcome";
    private static final Pattern PATH = Pattern.compile("^(\\w+)(?:\\[(\\d+)](?:\\.(\\w+))?)?$");

    private CommandFields() {}

    /** The command of a review stage; AMENDMENT has none (the unit resubmits the dossier). */
    public static Class<? extends StageCommand> type(Stage stage) {
        Class<? extends StageCommand> type = TYPES.get(stage);
        if (type == null) {
            throw new IllegalArgumentException("No stage command for " + stage);
        }
        return type;
    }

    /** The Camunda Form of the stage (forms/{id}.form, the user task's camunda:formRef): the command's name. */
    public static String formId(Stage stage) {
        return type(stage).getSimpleName();
    }

    /** Every top-level key, the nominee list included. */
    public static List<String> keys(Stage stage) {
        return Arrays.stream(type(stage).getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
    }

    /** The stage's own fields, without the nominee list. */
    public static List<CommandField> fields(Stage stage) {
        return fieldsOf(type(stage)).stream()
                .filter(f -> !f.key().equals(StageCommand.NOMINEES))
                .toList();
    }

    /** The fields of one nominee's row. */
    public static List<CommandField> nomineeFields(Stage stage) {
        return fieldsOf(nomineeType(type(stage)));
    }

    /** The outcomes a reviewer chooses from, in order; empty when the stage has none (the council). */
    public static List<String> outcomes(Stage stage) {
        return fields(stage).stream()
                .filter(f -> f.key().equals(OUTCOME))
                .findFirst()
                .map(CommandField::choices)
                .orElse(List.of());
    }

    /**
     * The order of field errors: as the fields are declared, rows by index; an error of the whole nominee list
     * after its rows' (it is found once every row has been looked at).
     */
    public static Comparator<FieldViolation> order(Class<? extends StageCommand> type) {
        List<String> top = Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
        List<String> row = Arrays.stream(nomineeType(type).getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
        return Comparator.comparingInt((FieldViolation v) -> position(v.field(), top, row, 0))
                .thenComparingInt(v -> position(v.field(), top, row, 1))
                .thenComparingInt(v -> position(v.field(), top, row, 2));
    }

    static Class<?> nomineeType(Class<? extends StageCommand> type) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(StageCommand.NOMINEES)
                    && component.getGenericType() instanceof ParameterizedType list) {
                return (Class<?>) list.getActualTypeArguments()[0];
            }
        }
        throw new IllegalStateException(type + " has no list " + StageCommand.NOMINEES);
    }

    private static List<CommandField> fieldsOf(Class<?> type) {
        List<CommandField> fields = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            fields.add(new CommandField(component.getName(), component.getType(), required(type, component)));
        }
        return fields;
    }

    /** A @NotNull of any group: some outcome requires the field (annotations of a component sit on its field). */
    private static boolean required(Class<?> type, RecordComponent component) {
        try {
            return type.getDeclaredField(component.getName()).isAnnotationPresent(NotNull.class);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Part {@code part} of the sort key of a field path: 0 the field, 1 the row, 2 the row's field. */
    private static int position(String field, List<String> top, List<String> row, int part) {
        Matcher m = field == null ? null : PATH.matcher(field);
        if (m == null || !m.matches()) {
            return Integer.MAX_VALUE;
        }
        return switch (part) {
            case 0 -> indexOrLast(top, m.group(1));
            case 1 -> m.group(2) == null ? Integer.MAX_VALUE : Integer.parseInt(m.group(2));
            default -> m.group(3) == null ? -1 : indexOrLast(row, m.group(3));
        };
    }

    private static int indexOrLast(List<String> names, String name) {
        int i = names.indexOf(name);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
