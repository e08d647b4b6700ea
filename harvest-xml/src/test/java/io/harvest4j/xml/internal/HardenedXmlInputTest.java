package io.harvest4j.xml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/**
 * The parsers of one thread come from one factory, which hands out its last parser again once it
 * is closed: a parser still open is never disturbed by the next, and threads never share one.
 */
class HardenedXmlInputTest {

    private static byte[] xml(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String firstText(XMLStreamReader reader) throws Exception {
        reader.nextTag();
        return reader.getElementText();
    }

    @Test
    void aParserStillOpenIsNotResetByTheNextOneOfTheSameThread() throws Exception {
        XMLStreamReader outer = HardenedXmlInput.newReader(xml("<a><b>outer</b><c>still here</c></a>"));
        outer.nextTag();
        assertThat(firstText(outer)).isEqualTo("outer");

        XMLStreamReader inner = HardenedXmlInput.newReader(xml("<x>inner</x>"));
        assertThat(firstText(inner)).isEqualTo("inner");
        inner.close();

        outer.nextTag();
        assertThat(outer.getLocalName()).isEqualTo("c");
        assertThat(outer.getElementText()).isEqualTo("still here");
        outer.close();
    }

    @Test
    void aClosedParserIsReusedForTheNextBodyWithNothingLeftOfTheLast() throws Exception {
        for (int i = 0; i < 3; i++) {
            XMLStreamReader reader = HardenedXmlInput.newReader(xml("<n>" + i + "</n>"));
            assertThat(firstText(reader)).isEqualTo(String.valueOf(i));
            reader.close();
        }
        XMLStreamReader abandoned = HardenedXmlInput.newReader(xml("<n><unclosed>"));
        abandoned.nextTag();
        abandoned.close();
        XMLStreamReader next = HardenedXmlInput.newReader(xml("<n>fresh</n>"));
        assertThat(firstText(next)).isEqualTo("fresh");
        next.close();
    }

    @Test
    void threadsHaveParsersOfTheirOwn() throws Exception {
        XMLStreamReader here = HardenedXmlInput.newReader(xml("<a><b>here</b></a>"));
        here.nextTag();
        String there = CompletableFuture.supplyAsync(() -> {
            try {
                XMLStreamReader reader = HardenedXmlInput.newReader(xml("<b>there</b>"));
                String text = firstText(reader);
                reader.close();
                return text;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).get();

        assertThat(there).isEqualTo("there");
        assertThat(firstText(here)).isEqualTo("here");
    }
}
