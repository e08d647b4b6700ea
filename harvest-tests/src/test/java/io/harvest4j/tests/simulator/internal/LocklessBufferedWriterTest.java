package io.harvest4j.tests.simulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The report writer's buffer hands on every character, in order, whatever the sizes written. */
class LocklessBufferedWriterTest {

    /** Counts what reaches it, and whether it was flushed or closed. */
    private static final class Sink extends StringWriter {
        int writes;
        int flushes;
        boolean closed;

        @Override
        public void write(char[] chars, int offset, int length) {
            writes++;
            super.write(chars, offset, length);
        }

        @Override
        public void flush() {
            flushes++;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void charactersArraysAndStringsOfEverySizeArriveInOrder() throws IOException {
        Sink sink = new Sink();
        StringBuilder expected = new StringBuilder();
        try (LocklessBufferedWriter writer = new LocklessBufferedWriter(sink, 8)) {
            for (int round = 0; round < 20; round++) {
                writer.write('a' + round % 26);
                expected.append((char) ('a' + round % 26));
                String text = "x".repeat(round) + round;
                writer.write(text);
                expected.append(text);
                char[] chars = ("[" + "y".repeat(round % 11) + "]").toCharArray();
                writer.write(chars, 1, chars.length - 2);
                expected.append(chars, 1, chars.length - 2);
                writer.write("<skip>" + round + "</skip>", 6, String.valueOf(round).length());
                expected.append(round);
            }
        }

        assertThat(sink.toString()).isEqualTo(expected.toString());
        assertThat(sink.closed).isTrue();
    }

    @Test
    void nothingReachesTheWriterUntilTheBufferIsFullOrFlushed() throws IOException {
        Sink sink = new Sink();
        LocklessBufferedWriter writer = new LocklessBufferedWriter(sink, 16);
        for (char c : "fifteen chars..".toCharArray()) {
            writer.write(c);
        }
        assertThat(sink.writes).isZero();

        writer.write("!?");
        assertThat(sink.toString()).isEqualTo("fifteen chars..!");
        writer.flush();

        assertThat(sink.toString()).isEqualTo("fifteen chars..!?");
        assertThat(sink.flushes).isEqualTo(1);
        assertThat(sink.writes).isEqualTo(2);
    }

    @Test
    void anArrayLargerThanTheBufferGoesStraightThroughAfterWhatWasBuffered() throws IOException {
        Sink sink = new Sink();
        LocklessBufferedWriter writer = new LocklessBufferedWriter(sink, 4);
        writer.write("ab");
        writer.write("0123456789".toCharArray(), 0, 10);

        assertThat(sink.toString()).isEqualTo("ab0123456789");
        assertThat(sink.writes).isEqualTo(2);
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> new LocklessBufferedWriter(new StringWriter(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        LocklessBufferedWriter writer = new LocklessBufferedWriter(new StringWriter(), 4);
        assertThatThrownBy(() -> writer.write("abc", 2, 2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> writer.write(new char[3], -1, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
