package io.harvest4j.json;

import static io.harvest4j.json.JsonFixtures.CODEC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.CodecException;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.json.testmodel.Widget;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bodies that are not JSON of the declared shape: always a CodecException that says so, never a crash. */
class JsonBadBodyTest {

    private static final WireShape WRAPPED = WireShape.object("widget").build();
    private static final WireShape LIST = WireShape.list("widgets", "widget").build();

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("malformed", "{\"widget\":{\"id\":1,}}", "not well-formed JSON"),
                Arguments.of("truncated", "{\"widget\":{\"id\":1,\"name\":\"Se", "not well-formed JSON"),
                Arguments.of("empty", "", "the body is empty"),
                Arguments.of("blank", " \r\n\t ", "the body is empty"),
                Arguments.of("html error page", "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>",
                        "the body is XML or HTML, not JSON"),
                Arguments.of("xml instead of json", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<widget><id type=\"integer\">1</id></widget>",
                        "the body is XML or HTML, not JSON"),
                Arguments.of("plain text", "Internal Server Error", "not well-formed JSON"),
                Arguments.of("trailing content", "{\"widget\":{\"id\":1}} {\"widget\":{}}", "content follows the JSON value"),
                Arguments.of("trailing garbage", "{\"widget\":{\"id\":1}}garbage", "content follows the JSON value"),
                Arguments.of("wrong root", "{\"client\":{\"id\":1}}", "expected the root \"widget\", found \"client\""),
                Arguments.of("not converting", "{\"widget\":{\"id\":\"abc\"}}", "at $.widget.id: \"abc\" is not a number"),
                Arguments.of("a bare string", "\"widget\"", "expected {\"widget\":{…}}, found \"widget\""),
                Arguments.of("deeply nested", "{\"widget\":{\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}}",
                        "objects and arrays nest deeper than 64 levels"),
                Arguments.of("deeply nested, unclosed", "[".repeat(1_000_000), "objects and arrays nest deeper than 64 levels"),
                Arguments.of("deep objects", "{\"a\":".repeat(70) + "1" + "}".repeat(70), "nest deeper than 64 levels"),
                Arguments.of("huge exponent", "{\"widget\":{\"id\":1e999999999}}", "at $.widget.id: 1E+999999999 is out of range"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void isACodecExceptionNamingTypeFormatAndBody(String what, String body, String reason) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CODEC.decode(bytes, Widget.class, WRAPPED))
                .isExactlyInstanceOf(CodecException.class)
                .hasMessageStartingWith("cannot decode " + Widget.class.getName() + " from application/json body ")
                .hasMessageContaining(CodecException.preview(bytes))
                .hasMessageContaining(reason);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void isACodecExceptionForListsToo(String what, String body, String reason) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CODEC.decodeList(bytes, Widget.class, LIST))
                .isExactlyInstanceOf(CodecException.class)
                .hasMessageContaining(Widget.class.getName())
                .hasMessageContaining("application/json")
                .hasMessageContaining(CodecException.preview(bytes));
    }

    @Test
    void nullBodyIsEmpty() {
        assertThatThrownBy(() -> CODEC.decode(null, Widget.class, WRAPPED))
                .isExactlyInstanceOf(CodecException.class)
                .hasMessageContaining("(empty)")
                .hasMessageContaining("the body is empty");
    }

    @Test
    void parserFailureIsTheCauseNotTheException() {
        byte[] bytes = "{\"widget\":".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CODEC.decode(bytes, Widget.class, WRAPPED))
                .isExactlyInstanceOf(CodecException.class)
                .rootCause()
                .isInstanceOf(jakarta.json.JsonException.class);
    }

    @Test
    void nestingWithinTheLimitIsRead() {
        String deep = "{\"widget\":{\"id\":1,\"extra\":" + "[".repeat(60) + "]".repeat(60) + "}}";

        assertThat(CODEC.decode(deep.getBytes(StandardCharsets.UTF_8), Widget.class, WRAPPED).id()).isEqualTo(1);
    }

    @Test
    void bracketsInsideStringsDoNotCount() {
        String body = "{\"widget\":{\"name\":\"" + "[{\\\"".repeat(200) + "\"}}";

        assertThat(CODEC.decode(body.getBytes(StandardCharsets.UTF_8), Widget.class, WRAPPED).name())
                .startsWith("[{\"[{\"");
    }

    @Test
    void bytesThatAreNotUtf8AreReplacedNotFatal() {
        byte[] body = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xE9, '"', '}'};

        assertThat(CODEC.decode(body, Widget.class, WireShape.object("widget").jsonUnwrapped().build()).name())
                .isEqualTo("\uFFFD");
    }
}
