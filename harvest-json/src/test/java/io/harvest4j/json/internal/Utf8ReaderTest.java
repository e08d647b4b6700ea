package io.harvest4j.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8Reader} reads what an {@code InputStreamReader} with a new UTF-8 decoder reads, and
 * fails where it fails. (Before bytes that are not UTF-8, that reader hands out the characters
 * before them, or not, depending on its buffers; this one always does.)
 */
class Utf8ReaderTest {

    private static final int[] BUFFER_SIZES = {1, 2, 3, 7, 64, 4096};

    @Test
    void readsWhatAnInputStreamReaderReadsWhateverTheBufferSize() throws IOException {
        List<byte[]> bodies = new ArrayList<>();
        bodies.add(new byte[0]);
        bodies.add("{\"user\":{\"email\":\"admin@example.com\"}}".getBytes(StandardCharsets.UTF_8));
        bodies.add("{\"notes\":\"café, Łódź, 東京, 🎉🎉 and 𝄞\"}".getBytes(StandardCharsets.UTF_8));
        bodies.add("🎉".repeat(3000).getBytes(StandardCharsets.UTF_8));
        bodies.add(new byte[] {'"', 'a', (byte) 0xff, 'b', '"'}); // not UTF-8
        bodies.add(new byte[] {'"', (byte) 0xc0, (byte) 0xaf, '"'}); // overlong '/'
        bodies.add(new byte[] {'"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"'}); // an encoded surrogate
        bodies.add(new byte[] {'"', 'x', (byte) 0xe6, (byte) 0x9d}); // cut short at the end
        bodies.add(new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}); // past U+10FFFF
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] body = "{\"n\":\"ab🎉cd é 東\"}".repeat(1 + random.nextInt(40)).getBytes(StandardCharsets.UTF_8);
            if (i % 2 == 1) {
                body[random.nextInt(body.length)] = (byte) (0x80 + random.nextInt(0x80));
            }
            bodies.add(body);
        }

        for (byte[] body : bodies) {
            String valid = validPrefix(body);
            for (int size : BUFFER_SIZES) {
                String theirs = drain(new InputStreamReader(new ByteArrayInputStream(body),
                        StandardCharsets.UTF_8.newDecoder()), size);
                String ours = drain(new Utf8Reader(body), size);
                String ending = theirs.substring(theirs.lastIndexOf('|'));
                assertThat(ours).as("%d bytes, buffer of %d", body.length, size).isEqualTo(valid + ending);
                assertThat(valid).startsWith(theirs.substring(0, theirs.lastIndexOf('|')));
            }
        }
    }

    @Test
    void aClosedReaderHasNothingMore() throws IOException {
        Utf8Reader reader = new Utf8Reader("abc".getBytes(StandardCharsets.UTF_8));
        reader.close();
        assertThat(reader.read(new char[4], 0, 4)).isEqualTo(-1);
        assertThat(reader.read(new char[4], 0, 0)).isZero();
    }

    /** The characters before the first bytes that are not UTF-8 (all of them if there are none). */
    private static String validPrefix(byte[] body) {
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(body.length + 1);
        StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(body), out, true);
        return out.flip().toString();
    }

    /** Every character read, then how reading ended: "|end" or "|" and the exception's class. */
    private static String drain(Reader reader, int size) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[size];
        try {
            for (int n; (n = reader.read(buffer, 0, size)) != -1; ) {
                assertThat(n).as("a read of a non-empty buffer answers at least one character").isPositive();
                text.append(buffer, 0, n);
            }
            return text + "|end";
        } catch (IOException e) {
            return text + "|" + e.getClass().getName();
        }
    }
}
