package vn.bacson.khenthuong.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The Camunda Form of each review stage (forms/*.form, for Camunda Tasklist) and the task page post the same
 * keys: those of {@link StageFields}, which are the API payload's (API.md "Tasks").
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

    @ParameterizedTest
    @EnumSource(StageFields.class)
    void thePostedPageFormBecomesThePayloadWithTheSameKeys(StageFields stage) {
        LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        stage.fields().forEach(f -> params.add(f.key(), sample(f)));
        stage.nomineeFields().forEach(f -> params.add("nominees[0]." + f.key(), sample(f)));

        JsonNode payload = TaskForm.payload(
                stage,
                params,
                stage.outcomes().isEmpty() ? null : stage.outcomes().get(0));

        List<String> keys = new ArrayList<>();
        payload.fieldNames().forEachRemaining(keys::add);
        List<String> expected = new ArrayList<>(
                stage.fields().stream().map(StageFields.Field::key).toList());
        expected.add(StageFields.NOMINEES);
        assertThat(keys).containsExactlyInAnyOrderElementsOf(expected);
        JsonNode nominee = payload.path(StageFields.NOMINEES).get(0);
        stage.nomineeFields()
                .forEach(f -> assertThat(nominee.has(f.key())).as(f.key()).isTrue());
        stage.fields().stream()
                .filter(f -> f.type() == StageFields.Type.INTEGER)
                .forEach(f ->
                        assertThat(payload.get(f.key()).isInt()).as(f.key()).isTrue());
    }

    private static String sample(StageFields.Field field) {
        return switch (field.type()) {
            case BOOLEAN -> "true";
            case INTEGER -> "7";
            case DATE -> "2025-09-05";
            case TEXT -> "FORWARD";
        };
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
