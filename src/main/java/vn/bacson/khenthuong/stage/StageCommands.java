package vn.bacson.khenthuong.stage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * Turns what a reviewer sent into the stage's command, whichever way it came: the API's JSON body, the task page's
 * form, the variables a Camunda Form left in Tasklist; and checks a command against its annotations. Field errors
 * have the shape of every 400 answer ({@code {"field":"nominees[0].votesFor","code":"REQUIRED","message":...}}),
 * in Vietnamese whatever the caller's language, as the API's texts are.
 */
@Component
public class StageCommands {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Validator validator;
    private final MessageSource messages;
    private final ObjectMapper json;

    public StageCommands(ValidatorFactory validation, MessageSource messages, ObjectMapper json) {
        this.validator = validation
                .usingContext()
                .messageInterpolator(new InVietnamese(validation.getMessageInterpolator()))
                .getValidator();
        this.messages = messages;
        this.json = json;
    }

    /** The command of the stage from a JSON payload (absent or null: every field absent; not an object: 400). */
    public StageInput read(Stage stage, JsonNode payload) {
        JsonNode body = payload == null || payload.isNull() ? null : payload;
        if (body != null && !body.isObject()) {
            throw new DomainException(ErrorCode.MALFORMED_REQUEST);
        }
        CommandReader reader = new CommandReader(this::message);
        StageCommand command = reader.read(CommandFields.type(stage), body, "");
        return new StageInput(command, body, reader.faults());
    }

    /**
     * The command from a posted form whose parameters are the payload's paths ({@code outcome},
     * {@code nominees[0].votesFor}): numbers that do not parse are passed on as text, so the field is reported; an
     * unticked checkbox is false; rows are read while {@code nominees[i].nomineeId} is there.
     */
    public StageInput fromForm(Stage stage, Function<String, String> param) {
        ObjectNode payload = json.createObjectNode();
        for (CommandField field : CommandFields.fields(stage)) {
            put(payload, field, param.apply(field.key()));
        }
        ArrayNode rows = payload.putArray(StageCommand.NOMINEES);
        for (int i = 0; param.apply(row(i, "nomineeId")) != null; i++) {
            ObjectNode row = rows.addObject();
            for (CommandField field : CommandFields.nomineeFields(stage)) {
                String value = param.apply(row(i, field.key()));
                if (field.type() == Boolean.class) {
                    row.put(field.key(), "true".equals(value));
                } else {
                    put(row, field, value);
                }
            }
        }
        return read(stage, payload);
    }

    /**
     * The command from the variables a task's Camunda Form submitted, looked up by the command's keys: JSON values
     * as JSON or as JSON text (the nominee rows), dates as {@link LocalDate}, scalars as they are.
     */
    public StageInput fromVariables(Stage stage, Function<String, Object> variable) {
        ObjectNode payload = json.createObjectNode();
        for (String key : CommandFields.keys(stage)) {
            Object value = variable.apply(key);
            if (value != null) {
                payload.set(key, toJson(value));
            }
        }
        return read(stage, payload);
    }

    /**
     * Every field error of the input: what could not be read and what breaks the command's annotations for its
     * outcome, ordered as the fields are declared.
     */
    public List<FieldViolation> violations(StageInput input) {
        StageCommand command = input.command();
        List<FieldViolation> found = new ArrayList<>(input.unreadable());
        Set<String> unreadable =
                input.unreadable().stream().map(FieldViolation::field).collect(Collectors.toSet());
        for (ConstraintViolation<StageCommand> v : validator.validate(command, command.groups())) {
            String field = v.getPropertyPath().toString();
            if (!unreadable.contains(field)) {
                found.add(new FieldViolation(field, code(v), v.getMessage()));
            }
        }
        found.sort(CommandFields.order(command.getClass()));
        return found;
    }

    private String message(String key, Object[] args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }

    private JsonNode toJson(Object value) {
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof String text && (text.startsWith("[") || text.startsWith("{"))) {
            try {
                return json.readTree(text);
            } catch (JsonProcessingException e) {
                throw new DomainException(ErrorCode.MALFORMED_REQUEST);
            }
        }
        if (value instanceof LocalDate date) {
            return json.getNodeFactory().textNode(date.toString());
        }
        return json.valueToTree(value);
    }

    private static void put(ObjectNode node, CommandField field, String raw) {
        if (raw == null || raw.isBlank()) {
            return;
        }
        String value = raw.strip();
        if (field.type() == Integer.class) {
            try {
                node.put(field.key(), Integer.parseInt(value));
            } catch (NumberFormatException e) {
                node.put(field.key(), value);
            }
        } else if (field.type() == Boolean.class) {
            node.put(field.key(), "true".equals(value));
        } else {
            node.put(field.key(), value);
        }
    }

    private static String row(int index, String key) {
        return StageCommand.NOMINEES + "[" + index + "]." + key;
    }

    /** The API's code of a constraint (as for every other request body). */
    private static String code(ConstraintViolation<?> violation) {
        String constraint = violation
                .getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName();
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "REQUIRED";
            case "Size" -> "SIZE";
            case "Min", "PositiveOrZero", "Positive" -> "MIN";
            case "Max" -> "MAX";
            default -> CommandReader.INVALID_VALUE;
        };
    }

    /** The application's message source, always in Vietnamese. */
    private record InVietnamese(MessageInterpolator messages) implements MessageInterpolator {

        @Override
        public String interpolate(String template, Context context) {
            return messages.interpolate(template, context, VIETNAMESE);
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return messages.interpolate(template, context, VIETNAMESE);
        }
    }
}
