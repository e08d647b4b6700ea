package io.harvest4j.tests.simulator.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * A character buffer in front of a writer that, unlike {@link java.io.BufferedWriter}, takes no
 * lock per call: the JDK's StAX writer hands its writer markup and escaped text one character at
 * a time, and a report of a million entries made as many million lock acquisitions, two thirds
 * of the simulator's writing time. Not thread-safe: one answer is written by one thread.
 */
final class LocklessBufferedWriter extends Writer {

    private final Writer out;
    private final char[] buffer;
    private int count;

    /**
     * @param out where the characters go, a buffer at a time
     * @param size the buffer's size in characters
     */
    LocklessBufferedWriter(Writer out, int size) {
        this.out = Objects.requireNonNull(out, "out");
        if (size <= 0) {
            throw new IllegalArgumentException("size must be positive: " + size);
        }
        this.buffer = new char[size];
    }

    @Override
    public void write(int c) throws IOException {
        if (count == buffer.length) {
            drain();
        }
        buffer[count++] = (char) c;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, chars.length);
        if (length >= buffer.length) {
            drain();
            out.write(chars, offset, length);
            return;
        }
        if (length > buffer.length - count) {
            drain();
        }
        System.arraycopy(chars, offset, buffer, count, length);
        count += length;
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, text.length());
        while (length > 0) {
            if (count == buffer.length) {
                drain();
            }
            int taken = Math.min(length, buffer.length - count);
            text.getChars(offset, offset + taken, buffer, count);
            count += taken;
            offset += taken;
            length -= taken;
        }
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            out.close();
        }
    }

    private void drain() throws IOException {
        if (count > 0) {
            out.write(buffer, 0, count);
            count = 0;
        }
    }
}
