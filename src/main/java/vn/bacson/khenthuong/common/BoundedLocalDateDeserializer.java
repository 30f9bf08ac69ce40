package vn.bacson.khenthuong.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Jackson's LocalDate with four-digit years only: "+999999999-12-31" parses to a date that no calendar
 * arithmetic survives, so it is refused while reading, as a field error naming the field ({@link ProblemAdvice}).
 * The business ranges of {@link DateRange} are checked afterwards by the services.
 */
class BoundedLocalDateDeserializer extends LocalDateDeserializer {

    static final int MIN_YEAR = 1000;
    static final int MAX_YEAR = 9999;

    BoundedLocalDateDeserializer() {
        super(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = parser.getText();
        LocalDate date = super.deserialize(parser, context);
        if (date != null && (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR)) {
            throw InvalidFormatException.from(parser, "Year out of range", text, LocalDate.class);
        }
        return date;
    }
}
