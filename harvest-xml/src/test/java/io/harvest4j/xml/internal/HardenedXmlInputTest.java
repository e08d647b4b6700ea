package io.harvest4j.xml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/**
 * One factory serves every thread, and each body gets a parser of its own: a parser still open is
 * never disturbed by the next, one closed or abandoned leaves nothing to the next, and threads
 * parsing at once, each with names of its own (which the factory's shared symbol table learns),
 * read what they were given.
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
    void aClosedOrAbandonedParserLeavesNothingToTheNextBody() throws Exception {
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

    @Test
    void threadsParsingAtOnceWithNamesOfTheirOwnReadWhatTheyWereGiven() throws Exception {
        int threads = 8;
        int bodies = 500;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> read = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                read.add(pool.submit(() -> {
                    int right = 0;
                    for (int i = 0; i < bodies; i++) {
                        String name = "e-" + thread + "-" + i % 50;
                        XMLStreamReader reader = HardenedXmlInput.newReader(xml("<r><" + name + ">" + i + "</" + name + "></r>"));
                        reader.nextTag();
                        reader.nextTag();
                        if (reader.getLocalName().equals(name) && reader.getElementText().equals(String.valueOf(i))) {
                            right++;
                        }
                        reader.close();
                    }
                    return right;
                }));
            }
            for (Future<Integer> each : read) {
                assertThat(each.get(30, TimeUnit.SECONDS)).isEqualTo(bodies);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
