package io.harvest4j.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The nesting limit, as {@link JsonDocuments} leaves it to Parsson without trying it. */
class JsonDocumentsTest {

    private final JsonProvider parsson = JsonProvider.provider();

    @Test
    void theParssonOfTheBuildDeclaresTheLimit() {
        assertThat(parsson.getClass().getName()).startsWith("org.eclipse.parsson.");
        assertThat(JsonDocuments.declaresParssonDepthLimit(parsson)).isTrue();
    }

    @Test
    void aParssonThatDeclaresTheLimitKeepsIt() {
        // what JsonDocuments takes on trust from the declaration, tried here once per build
        String key = "org.eclipse.parsson.maxDepth";
        try (JsonParser parser = parsson.createParserFactory(Map.of(key, JsonDocuments.MAX_DEPTH + 1))
                .createParser(new StringReader("[".repeat(JsonDocuments.MAX_DEPTH + 1)))) {
            for (int depth = 0; depth < JsonDocuments.MAX_DEPTH; depth++) {
                parser.next();
            }
            assertThatThrownBy(parser::next).isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void aDocumentNestedPastTheLimitIsRefusedAndOneAtTheLimitRead() {
        JsonDocuments documents = new JsonDocuments(parsson);
        byte[] atLimit = ("[".repeat(JsonDocuments.MAX_DEPTH) + "]".repeat(JsonDocuments.MAX_DEPTH)).getBytes(StandardCharsets.UTF_8);
        byte[] past = ("[".repeat(JsonDocuments.MAX_DEPTH + 1) + "]".repeat(JsonDocuments.MAX_DEPTH + 1))
                .getBytes(StandardCharsets.UTF_8);

        jakarta.json.JsonValue read = documents.read(atLimit, (parser, first) -> parser.getValue());
        assertThat(read.getValueType()).isEqualTo(jakarta.json.JsonValue.ValueType.ARRAY);
        assertThatThrownBy(() -> documents.read(past, (parser, first) -> parser.getValue()))
                .isInstanceOf(RuntimeException.class)
                .hasMessageContaining("nested");
    }
}
