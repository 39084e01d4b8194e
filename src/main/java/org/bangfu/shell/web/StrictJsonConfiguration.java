package org.bangfu.shell.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.function.Function;

import org.bangfu.shared.LocalZone;
import org.bangfu.shared.TextInput;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * JSON request bodies of the REST API are read strictly (docs/security/input.md): a value must have the type its
 * field has, so {@code 2.7} is not taken as {@code 2}, {@code "100"} not as a number, {@code 100} not as text, a
 * single value not as a list; and no text carries a control, direction or zero-width character (see
 * {@link TextInput}). Money ({@code BigDecimal}) is the one exception: a plain decimal in a string is taken, see
 * {@link Money}. The application's own {@link ObjectMapper} (events, the engine) stays as it is: only the
 * HTTP message converter gets the strict copy. Unknown properties stay ignored, since clients send back objects they
 * read (with read-only fields such as ids and derived values); the OpenAPI description lists what is read.
 * Answers write every moment in the deployment's zone with its offset ({@link LocalTime}).
 */
@Configuration
class StrictJsonConfiguration {

    @Bean
    MappingJackson2HttpMessageConverter mappingJackson2HttpMessageConverter(ObjectMapper objectMapper) {
        return new MappingJackson2HttpMessageConverter(strict(objectMapper.copy()));
    }

    @SuppressWarnings("deprecation") // MapperFeature on a built mapper: the copy is ours alone
    static ObjectMapper strict(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
                CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.registerModule(new SimpleModule("bangfu-strict-text")
                .addDeserializer(String.class, new CheckedText())
                .addDeserializer(BigDecimal.class, new Money()));
        mapper.registerModule(new SimpleModule("bangfu-local-time")
                .addSerializer(OffsetDateTime.class, new LocalTime<>(OffsetDateTime.class, LocalZone::of))
                .addSerializer(ZonedDateTime.class, new LocalTime<>(ZonedDateTime.class, LocalZone::of))
                .addSerializer(Instant.class, new LocalTime<>(Instant.class, LocalZone::of))
                .addSerializer(Date.class, new LocalTime<>(Date.class, LocalZone::of)));
        return mapper;
    }

    /**
     * Every moment in a REST answer is written one way: ISO-8601 in the deployment's zone with its offset
     * ({@code 2026-12-07T18:05:00+08:00}), whether it came from the database (UTC), the clock or the engine. Dates
     * that are dates ({@code LocalDate}) stay dates.
     */
    static final class LocalTime<T> extends StdSerializer<T> {

        private final Function<T, OffsetDateTime> local;

        LocalTime(Class<T> type, Function<T, OffsetDateTime> local) {
            super(type);
            this.local = local;
        }

        @Override
        public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(local.apply(value).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
    }

    /** A refused character in a JSON text: the field comes from the path Jackson adds on the way up. */
    static final class ForbiddenText extends MismatchedInputException {

        private final String character;
        private final int position;

        ForbiddenText(JsonParser parser, String character, int position) {
            super(parser, "text contains " + character + " at position " + position, String.class);
            this.character = character;
            this.position = position;
        }

        String character() {
            return character;
        }

        int position() {
            return position;
        }
    }

    /**
     * Money (every {@code BigDecimal}) from a JSON number, or from a string that is exactly a plain decimal number
     * ({@code "600.00"}, {@code "-5.001"}): clients keep money out of floating point by sending it as text, and
     * existing clients do. Anything else ({@code "1e3"}, {@code " 100"}, {@code "100元"}, {@code true}) is refused;
     * the scale rule (at most 2 decimals) stays with the services.
     */
    static final class Money extends StdScalarDeserializer<BigDecimal> {

        private static final java.util.regex.Pattern DECIMAL =
                java.util.regex.Pattern.compile("-?\\d{1,20}(\\.\\d{1,20})?");

        Money() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                return p.getDecimalValue();
            }
            if (p.hasToken(JsonToken.VALUE_STRING) && DECIMAL.matcher(p.getText()).matches()) {
                return new BigDecimal(p.getText());
            }
            return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, p);
        }
    }

    /** Text only from a JSON string (never from a number, a boolean, an array or an object), and only clean text. */
    static final class CheckedText extends StdScalarDeserializer<String> {

        CheckedText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, p);
            }
            String text = p.getText();
            int index = TextInput.firstForbidden(text);
            if (index >= 0) {
                throw new ForbiddenText(p, String.format("U+%04X", text.codePointAt(index)),
                        text.codePointCount(0, index) + 1);
            }
            return text;
        }
    }
}
