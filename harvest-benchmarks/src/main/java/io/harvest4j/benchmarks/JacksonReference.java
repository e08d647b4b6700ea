package io.harvest4j.benchmarks;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.harvest4j.core.codec.WireDates;
import io.harvest4j.extended.model.Project;
import io.harvest4j.timetracking.model.Daily;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Jackson (databind), set up to bind the same JSON to the same harvest4j models as the JSON codec
 * does: underscored names, fields (private constructors and fields reached as on the class path),
 * unknown keys ignored, dates in the forms the service writes. The reference point of the
 * {@code codec} figures; not part of harvest4j.
 */
final class JacksonReference {

    private static final TypeReference<List<Map<String, Project>>> PROJECTS = new TypeReference<>() { };

    private final ObjectMapper mapper;

    JacksonReference() {
        SimpleModule dates = new SimpleModule("harvest-dates")
                .addDeserializer(LocalDate.class, new JsonDeserializer<>() {
                    @Override
                    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                        String text = parser.getValueAsString();
                        return text == null || text.isBlank() ? null : WireDates.parseDate(text);
                    }
                })
                .addDeserializer(OffsetDateTime.class, new JsonDeserializer<>() {
                    @Override
                    public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                        String text = parser.getValueAsString();
                        return text == null || text.isBlank() ? null : WireDates.parseDateTime(text);
                    }
                })
                .addSerializer(LocalDate.class, ToStringSerializer.instance)
                .addSerializer(LocalTime.class, ToStringSerializer.instance)
                .addSerializer(OffsetDateTime.class, ToStringSerializer.instance);
        this.mapper = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .addModule(dates)
                .build();
    }

    Daily daily(byte[] body) {
        try {
            return mapper.readValue(body, Daily.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Map<String, Project>> projects(byte[] body) {
        try {
            return mapper.readValue(body, PROJECTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] encode(String root, Object value) {
        try {
            return mapper.writeValueAsBytes(Map.of(root, value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
