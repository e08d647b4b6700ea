package io.harvest4j.xml.internal;

import static io.harvest4j.xml.internal.XmlBodies.WIDGET;
import static io.harvest4j.xml.internal.XmlBodies.WIDGETS;
import static io.harvest4j.xml.internal.XmlBodies.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ctc.wstx.stax.WstxInputFactory;
import io.harvest4j.core.CodecException;
import io.harvest4j.core.codec.DecodedItems;
import io.harvest4j.core.testing.Widget;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bodies that are not what they should be: hostile (XXE, entity expansion, DTDs), broken, or not
 * XML at all. Each is a {@link CodecException} naming the type, the format and the body's start;
 * none reads a file, none hangs. The hang guard is a {@link Timeout}, not a timing assertion.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class JaxbXmlCodecSafetyTest {

    private static final String SECRET = "the-secret-content-of-a-local-file";

    private final JaxbXmlCodec codec = JaxbXmlCodec.create();

    @TempDir
    Path directory;

    private Path secretFile() throws Exception {
        return Files.writeString(directory.resolve("secret.txt"), SECRET);
    }

    private static String xxe(Path file) {
        return "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE widget [<!ENTITY xxe SYSTEM \"" + file.toUri() + "\">]>\n"
                + "<widget><name>&xxe;</name></widget>";
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertUndecodable(Throwable thrown, String bodyStart) {
        return assertThat(thrown)
                .isInstanceOf(CodecException.class)
                .hasMessageStartingWith("cannot decode " + Widget.class.getName() + " from application/xml body ")
                .hasMessageContaining(bodyStart);
    }

    private Throwable decodingError(String body) {
        return org.assertj.core.api.Assertions.catchThrowable(() -> codec.decode(bytes(body), Widget.class, WIDGET));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdk", "woodstox"})
    void aParserLeftAtItsDefaultsReadsTheFileAnExternalEntityNames(String parser) throws Exception {
        // the control: what the hardening stops is real, in the JDK's parser and in the one the codec uses
        XMLInputFactory factory = parser.equals("jdk") ? XMLInputFactory.newDefaultFactory() : new WstxInputFactory();
        XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(bytes(xxe(secretFile()))));
        StringBuilder text = new StringBuilder();
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamReader.CHARACTERS) {
                text.append(reader.getText());
            }
        }

        assertThat(text.toString()).contains(SECRET);
    }

    @Test
    void refusesAnExternalEntityWithoutReadingTheFile() throws Exception {
        String body = xxe(secretFile());

        Throwable thrown = decodingError(body);

        assertUndecodable(thrown, CodecException.preview(bytes(body)))
                .hasMessageContaining("DTD");
        assertThat(stackText(thrown)).doesNotContain(SECRET);
        assertThat(codec.errorMessage(bytes(body.replace("<name>", "<message>").replace("</name>", "</message>"))))
                .isEmpty();
    }

    @Test
    void refusesAnExternalDtdAndParameterEntities() throws Exception {
        Path dtd = Files.writeString(directory.resolve("evil.dtd"),
                "<!ENTITY % file SYSTEM \"" + secretFile().toUri() + "\"><!ENTITY leak \"%file;\">");

        Throwable external = decodingError("<!DOCTYPE widget SYSTEM \"" + dtd.toUri() + "\"><widget><name>&leak;</name></widget>");
        Throwable parameter = decodingError("<!DOCTYPE widget [<!ENTITY % remote SYSTEM \"" + dtd.toUri() + "\"> %remote;]>"
                + "<widget><name>&leak;</name></widget>");

        assertUndecodable(external, "<!DOCTYPE widget SYSTEM");
        assertUndecodable(parameter, "<!DOCTYPE widget [");
        assertThat(stackText(external) + stackText(parameter)).doesNotContain(SECRET);
    }

    @Test
    void refusesAnUndeclaredEntity() {
        assertUndecodable(decodingError("<widget><name>&xxe;</name></widget>"), "<widget><name>&xxe;")
                .hasMessageContaining("xxe");
    }

    @Test
    void refusesEntityExpansionQuickly() {
        StringBuilder body = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE widget [\n <!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            body.append(" <!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                body.append("&lol").append(i - 1).append(';');
            }
            body.append("\">\n");
        }
        body.append("]>\n<widget><name>&lol9;</name></widget>");

        assertUndecodable(decodingError(body.toString()), "<!DOCTYPE widget [")
                .hasMessageContaining("DTD");
    }

    @Test
    void refusesADtdEvenWithoutEntities() {
        assertUndecodable(decodingError("<?xml version=\"1.0\"?><!DOCTYPE widget><widget><name>A</name></widget>"),
                "<!DOCTYPE widget>")
                .hasMessageContaining("a DTD is not accepted");
    }

    @Test
    void refusesAnHtmlErrorPage() {
        String page = "<!DOCTYPE html>\n<html>\n<head><title>We're sorry, but something went wrong (500)</title></head>\n"
                + "<body><h1>We're sorry, but something went wrong.</h1></body>\n</html>\n";

        assertUndecodable(decodingError(page), "\"<!DOCTYPE html>\\n<html>");
        assertUndecodable(decodingError("<html><body><p>Bad Gateway</p></body></html>"), "<html><body>")
                .hasMessageContaining("the document element is <html>, not <widget>");
        assertUndecodable(decodingError("<html><body><br></body></html>"), "<html>");
    }

    @Test
    void refusesATruncatedBody() {
        assertUndecodable(decodingError("<?xml version=\"1.0\"?>\n<widget>\n  <id type=\"integer\">1</id>\n  <name>Acme</na"),
                "<name>Acme</na\"")
                .hasMessageContaining("line ");
        assertUndecodable(decodingError("<widget><name>Acme</name>"), "<widget>");
        assertThatThrownBy(() -> codec.decodeList(bytes("<widgets type=\"array\"><widget><name>A</name></widget><wid"),
                Widget.class, WIDGETS))
                .isInstanceOf(CodecException.class)
                .hasMessageContaining("from application/xml body \"<widgets");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\r\n\t"})
    void refusesAnEmptyBody(String body) {
        assertUndecodable(decodingError(body), body.isEmpty() ? "(empty)" : "bytes)")
                .hasMessageContaining("the body is empty");
        assertThatThrownBy(() -> codec.decodeList(bytes(body), Widget.class, WIDGETS))
                .isInstanceOf(CodecException.class)
                .hasMessageContaining("the body is empty");
    }

    @Test
    void refusesNoBodyAtAll() {
        assertThatThrownBy(() -> codec.decode(null, Widget.class, WIDGET))
                .isInstanceOf(CodecException.class)
                .hasMessageContaining("(empty)");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Internal Server Error",
        "Retry later\n",
        "{\"widget\":{\"id\":1,\"name\":\"Acme\"}}",
        "[{\"widget\":{\"id\":1}}]",
        "\u0000\u0001\u0002binary",
        "<?xml version=\"1.0\"?>",
        "<!-- only a comment -->"
    })
    void refusesWhatIsNotAnXmlDocument(String body) {
        assertUndecodable(decodingError(body), "body " + CodecException.preview(bytes(body)));
    }

    @Test
    void refusesBytesThatAreNotInTheirDeclaredEncoding() {
        byte[] body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><widget><name>\u00ff\u00fe</name></widget>"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> codec.decode(body, Widget.class, WIDGET))
                .isInstanceOf(CodecException.class)
                .hasMessageContaining("the body is not UTF-8 text: byte 52 starts a malformed sequence");
        assertThatThrownBy(() -> codec.decode(bytes("<?xml version=\"1.0\" encoding=\"x-no-such-thing\"?><widget/>"),
                Widget.class, WIDGET))
                .isInstanceOf(CodecException.class)
                .hasMessageContaining("an encoding this platform does not know: x-no-such-thing");
        assertThat(codec.errorMessage(body)).isEmpty();
    }

    @Test
    void quotesOnlyTheStartOfALongBody() {
        StringBuilder body = new StringBuilder("<widget><name>");
        for (int i = 0; i < 10_000; i++) {
            body.append('x');
        }
        body.append("</name><hours>none</hours></widget>");

        Throwable thrown = decodingError(body.toString());

        assertUndecodable(thrown, "<widget><name>xxx").hasMessageContaining("…")
                .hasMessageContaining("(10049 bytes)")
                .hasMessageContaining("<hours> holds 'none', not a decimal number");
        assertThat(thrown.getMessage()).hasSizeLessThan(400);
    }

    /** {@code <widget><name>A</name><x><x>…</x></x></widget>}, elements nested {@code depth} deep in all. */
    private static String nested(int depth) {
        return "<widget><name>A</name>" + "<x>".repeat(depth - 1) + "</x>".repeat(depth - 1) + "</widget>";
    }

    @Test
    void readsElementsNestedAsDeepAsTheLimitAndRefusesOneLevelMore() throws Exception {
        assertThat(codec.decode(bytes(nested(HardenedXmlInput.MAX_DEPTH)), Widget.class, WIDGET).name()).isEqualTo("A");

        assertUndecodable(decodingError(nested(HardenedXmlInput.MAX_DEPTH + 1)), "<widget><name>A</name><x><x>")
                // at the start of the element one level too deep
                .hasMessageEndingWith("line 1, column " + ("<widget><name>A</name>".length() + 3 * (HardenedXmlInput.MAX_DEPTH - 1) + 1)
                        + ": Maximum Element Depth limit (" + HardenedXmlInput.MAX_DEPTH + ") Exceeded");
    }

    @Test
    void refusesDeepNestingInAStreamedListAtTheItemThatHoldsIt() {
        String body = "<widgets><widget><name>A</name></widget>" + nested(100_000).replace("<widget>", "<widget><name>B</name>")
                + "</widgets>";

        try (DecodedItems<Widget> items = codec.decodeItems(new ByteArrayInputStream(bytes(body)), Widget.class, WIDGETS,
                1 << 20)) {
            assertThat(items.next().name()).isEqualTo("A");
            assertThatThrownBy(items::next)
                    .isInstanceOf(CodecException.class)
                    .hasMessageContaining("Maximum Element Depth limit (" + HardenedXmlInput.MAX_DEPTH + ")");
        }
    }

    @Test
    void refusesAnElementWithMoreAttributesThanTheLimit() throws Exception {
        StringBuilder attributes = new StringBuilder();
        for (int i = 0; i < HardenedXmlInput.MAX_ATTRIBUTES; i++) {
            attributes.append(" a").append(i).append("=\"").append(i).append('"');
        }
        String most = "<widget><name" + attributes + ">A</name></widget>";
        String tooMany = "<widget><name" + attributes + " one-more=\"1\">A</name></widget>";

        assertThat(codec.decode(bytes(most), Widget.class, WIDGET).name()).isEqualTo("A");
        assertUndecodable(decodingError(tooMany), "<widget><name a0=")
                .hasMessageEndingWith("line 1, column 9: Attribute limit (" + HardenedXmlInput.MAX_ATTRIBUTES + ") exceeded");
    }

    @Test
    void refusesAnAttributeLongerThanTheLimit() throws Exception {
        String longest = "x".repeat(HardenedXmlInput.MAX_ATTRIBUTE_LENGTH);

        assertThat(codec.decode(bytes("<widget><name note=\"" + longest + "\">A</name></widget>"), Widget.class, WIDGET)
                .name()).isEqualTo("A");
        assertUndecodable(decodingError("<widget><name note=\"" + longest + "x\">A</name></widget>"), "<widget><name note=")
                .hasMessageEndingWith("line 1, column 9: Maximum attribute size limit (" + HardenedXmlInput.MAX_ATTRIBUTE_LENGTH + ") exceeded");
    }

    @Test
    void readsTheMessageOfAnErrorBody() {
        assertThat(codec.errorMessage(bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<hash>\n"
                + "  <message>Project not found</message>\n  <retry-after type=\"integer\">15</retry-after>\n</hash>\n")))
                .contains("Project not found");
        assertThat(codec.errorMessage(bytes("<error><message>\n  Hours must be a number\n</message></error>")))
                .contains("Hours must be a number");
        assertThat(codec.errorMessage(bytes("<hash><code>1</code><message>Fish &amp; chips</message>"
                + "<message>second</message></hash>")))
                .contains("Fish & chips");
    }

    @Test
    void findsNoMessageWhereThereIsNone() {
        assertThat(codec.errorMessage(bytes("<!DOCTYPE html><html><body><message>not this</message></body></html>")))
                .isEmpty();
        assertThat(codec.errorMessage(bytes("<html><body><h1>Bad Gateway</h1></body></html>"))).isEmpty();
        assertThat(codec.errorMessage(bytes("<html><body><br></body></html>"))).isEmpty();
        assertThat(codec.errorMessage(bytes("Internal Server Error"))).isEmpty();
        assertThat(codec.errorMessage(bytes("{\"message\":\"json, not xml\"}"))).isEmpty();
        assertThat(codec.errorMessage(bytes("<hash><message nil=\"true\"/></hash>"))).isEmpty();
        assertThat(codec.errorMessage(bytes("<hash><message><b>nested</b></message></hash>"))).isEmpty();
        assertThat(codec.errorMessage(bytes("<hash><message>trunc"))).isEmpty();
        assertThat(codec.errorMessage(bytes(""))).isEmpty();
        assertThat(codec.errorMessage(null)).isEmpty();
        assertThat(codec.errorMessage(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1})).isEmpty();
    }

    private static String stackText(Throwable thrown) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            text.append(cause).append('\n');
        }
        return text.toString();
    }
}
