package vn.bacson.khenthuong.tasklist.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.LinkedMultiValueMap;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.stage.CommandField;
import vn.bacson.khenthuong.stage.CommandFields;
import vn.bacson.khenthuong.stage.StageCommand;
import vn.bacson.khenthuong.stage.StageCommandsFixture;
import vn.bacson.khenthuong.stage.StageInput;

/**
 * The Camunda Form of each review stage (forms/*.form, for Camunda Tasklist) and the task page post the same
 * keys: the fields of the stage's command (stage.StageCommand), which are the API payload's (API.md "Tasks").
 */
class StageFormsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(StageFields.class)
    void theFormOfTheStageHasItsIdAsFileNameAndThePayloadKeys(StageFields stage) throws IOException {
        JsonNode form = read(stage.formId());

        assertThat(form.path("id").asText()).isEqualTo(stage.formId());
        Map<String, JsonNode> topLevel = new LinkedHashMap<>();
        List<JsonNode> lists = new ArrayList<>();
        collect(form.path("components"), topLevel, lists);
        assertThat(topLevel.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        stage.fields().stream().map(StageFields.Field::key).toList());
        topLevel.forEach((key, component) -> assertTypeFits(
                stage,
                key,
                component,
                stage.fields().stream()
                        .filter(f -> f.key().equals(key))
                        .findFirst()
                        .orElseThrow()));

        assertThat(lists).hasSize(1);
        JsonNode nominees = lists.get(0);
        assertThat(nominees.path("path").asText()).isEqualTo(StageFields.NOMINEES);
        Map<String, JsonNode> perNominee = new LinkedHashMap<>();
        collect(nominees.path("components"), perNominee, new ArrayList<>());
        assertThat(perNominee.keySet())
                .containsExactlyInAnyOrderElementsOf(stage.nomineeFields().stream()
                        .map(StageFields.Field::key)
                        .toList());
        perNominee.forEach((key, component) -> assertTypeFits(
                stage,
                key,
                component,
                stage.nomineeFields().stream()
                        .filter(f -> f.key().equals(key))
                        .findFirst()
                        .orElseThrow()));
    }

    @ParameterizedTest
    @EnumSource(StageFields.class)
    void theOutcomeChoicesOfTheFormAreTheStagesOutcomes(StageFields stage) throws IOException {
        Map<String, JsonNode> topLevel = new LinkedHashMap<>();
        collect(read(stage.formId()).path("components"), topLevel, new ArrayList<>());
        JsonNode outcome = topLevel.get("outcome");
        if (stage.outcomes().isEmpty()) {
            assertThat(outcome).isNull();
            return;
        }
        List<String> values = new ArrayList<>();
        outcome.path("values").forEach(v -> values.add(v.path("value").asText()));
        assertThat(values).containsExactlyElementsOf(stage.outcomes());
    }

    /**
     * Each key of the stage's Camunda Form is a field of the stage's command and each field some outcome requires is
     * on the form: the form cannot drift from the record. A field the command always requires is required on the
     * form too, a choice offers the command's values and a minimum is the command's.
     */
    @ParameterizedTest
    @EnumSource(
            value = Stage.class,
            names = {"AMENDMENT"},
            mode = EnumSource.Mode.EXCLUDE)
    void theFormHoldsTheFieldsOfTheStagesCommand(Stage stage) throws IOException {
        Class<? extends StageCommand> command = CommandFields.type(stage);
        JsonNode form = read(CommandFields.formId(stage));
        Map<String, JsonNode> topLevel = new LinkedHashMap<>();
        List<JsonNode> lists = new ArrayList<>();
        collect(form.path("components"), topLevel, lists);
        assertThat(lists).hasSize(1);
        assertThat(lists.get(0).path("path").asText()).isEqualTo(StageCommand.NOMINEES);
        Map<String, JsonNode> perNominee = new LinkedHashMap<>();
        collect(lists.get(0).path("components"), perNominee, new ArrayList<>());

        holds(command, topLevel, CommandFields.fields(stage));
        Class<?> row = (Class<?>) ((ParameterizedType) Arrays.stream(command.getRecordComponents())
                        .filter(c -> c.getName().equals(StageCommand.NOMINEES))
                        .findFirst()
                        .orElseThrow()
                        .getGenericType())
                .getActualTypeArguments()[0];
        holds(row, perNominee, CommandFields.nomineeFields(stage));
    }

    private static void holds(Class<?> record, Map<String, JsonNode> onTheForm, List<CommandField> fields) {
        List<String> keys = fields.stream().map(CommandField::key).toList();
        assertThat(keys)
                .as(record.getSimpleName() + ": each form key is a field")
                .containsAll(onTheForm.keySet());
        assertThat(onTheForm.keySet())
                .as(record.getSimpleName() + ": each required field is on the form")
                .containsAll(fields.stream()
                        .filter(CommandField::required)
                        .map(CommandField::key)
                        .toList());
        for (CommandField field : fields) {
            JsonNode component = onTheForm.get(field.key());
            if (component == null) {
                continue;
            }
            String what = record.getSimpleName() + "." + field.key();
            Field declared = declared(record, field.key());
            NotNull notNull = declared.getAnnotation(NotNull.class);
            if (notNull != null && notNull.groups().length == 0) {
                assertThat(component.path("validate").path("required").asBoolean())
                        .as(what + " is always required")
                        .isTrue();
            }
            if (component.path("validate").path("required").asBoolean()) {
                assertThat(field.required()).as(what + " required on the form").isTrue();
            }
            Min min = declared.getAnnotation(Min.class);
            if (min != null) {
                assertThat(component.path("validate").path("min").asLong())
                        .as(what + " min")
                        .isEqualTo(min.value());
            }
            if (field.isChoice()) {
                List<String> values = new ArrayList<>();
                component.path("values").forEach(v -> values.add(v.path("value").asText()));
                assertThat(values).as(what + " choices").containsExactlyInAnyOrderElementsOf(field.choices());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(StageFields.class)
    void thePostedPageFormBecomesTheCommandWithTheSameFields(StageFields stage) {
        LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        stage.fields().forEach(f -> params.add(f.key(), sample(f)));
        stage.nomineeFields().forEach(f -> params.add("nominees[0]." + f.key(), sample(f)));
        params.set("nominees[0].nomineeId", UUID.randomUUID().toString());
        stage.nomineeFields().stream()
                .filter(f -> f.key().equals("appraisal"))
                .forEach(f -> params.set("nominees[0].appraisal", "DAT"));
        stage.nomineeFields().stream()
                .filter(f -> f.key().equals("recommendedAward"))
                .forEach(f -> params.set("nominees[0].recommendedAward", "GIAY_KHEN_CHU_TICH_XA"));
        stage.nomineeFields().stream()
                .filter(f -> f.key().equals("award"))
                .forEach(f -> params.set("nominees[0].award", "NONE"));

        StageInput input = TaskForm.command(
                StageCommandsFixture.create(),
                stage,
                params,
                stage.outcomes().isEmpty() ? null : stage.outcomes().get(0));

        assertThat(input.unreadable()).isEmpty();
        StageCommand command = input.command();
        assertThat(command.stage()).isEqualTo(stage.stage());
        for (StageFields.Field f : stage.fields()) {
            assertThat(component(command, f.key())).as(f.key()).isNotNull();
        }
        assertThat(command.nominees()).hasSize(1);
        for (StageFields.Field f : stage.nomineeFields()) {
            assertThat(component(command.nominees().get(0), f.key()))
                    .as(f.key())
                    .isNotNull();
        }
    }

    private static String sample(StageFields.Field field) {
        return switch (field.type()) {
            case BOOLEAN -> "true";
            case INTEGER -> "7";
            case DATE -> "2025-09-05";
            case TEXT -> "FORWARD";
        };
    }

    private static Object component(Object record, String name) {
        try {
            return record.getClass().getMethod(name).invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(name, e);
        }
    }

    private static Field declared(Class<?> record, String name) {
        try {
            return record.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new AssertionError(name, e);
        }
    }

    private static void assertTypeFits(StageFields stage, String key, JsonNode component, StageFields.Field field) {
        String type = component.path("type").asText();
        List<String> allowed = switch (field.type()) {
            case BOOLEAN -> List.of("checkbox");
            case INTEGER -> List.of("number");
            case DATE -> List.of("datetime");
            case TEXT -> List.of("textfield", "textarea", "select", "radio");
        };
        assertThat(type).as(stage.formId() + "." + key).isIn(allowed);
    }

    /** Keyed fields of this level (groups are looked into), dynamic lists kept apart. */
    private static void collect(JsonNode components, Map<String, JsonNode> keyed, List<JsonNode> lists) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            if ("dynamiclist".equals(type)) {
                lists.add(component);
            } else if (component.has("components")) {
                collect(component.path("components"), keyed, lists);
            } else if (component.hasNonNull("key")) {
                assertThat(keyed)
                        .as("duplicate key " + component.get("key").asText())
                        .doesNotContainKey(component.get("key").asText());
                keyed.put(component.get("key").asText(), component);
            }
        }
    }

    private static JsonNode read(String formId) throws IOException {
        try (InputStream in = new ClassPathResource("forms/" + formId + ".form").getInputStream()) {
            return JSON.readTree(in);
        }
    }
}
