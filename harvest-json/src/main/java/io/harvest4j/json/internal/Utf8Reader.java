package io.harvest4j.json.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads a body held whole as UTF-8, decoding straight into the caller's buffer: what an
 * {@code InputStreamReader} over a {@code ByteArrayInputStream} with a new decoder does, without
 * the buffer of bytes it allocates and fills for every body (8 KiB, larger than most answers),
 * and without decoding the whole body before the parser starts. As that reader does, it hands out
 * the characters before bytes that are not UTF-8, then fails the next read with the decoder's
 * {@link java.nio.charset.MalformedInputException}. Not thread-safe.
 */
final class Utf8Reader extends Reader {

    private final ByteBuffer bytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    /** The two halves of a character outside the BMP when a read had room for one only. */
    private final CharBuffer split = CharBuffer.allocate(2);
    /** What the decoder reported for the bytes after those already handed out; {@code null} if nothing. */
    private CoderResult failure;
    private boolean ended;

    /** @param body the whole body; not copied, and not to be changed while it is read */
    Utf8Reader(byte[] body) {
        this.bytes = ByteBuffer.wrap(Objects.requireNonNull(body, "body"));
        split.limit(0);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        if (split.hasRemaining()) {
            buffer[offset] = split.get();
            return 1;
        }
        if (failure != null) {
            failure.throwException();
        }
        if (ended) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        decodeInto(out);
        if (out.position() == offset && !ended && failure == null) {
            // room for one character, and the next needs two: decode it aside, hand out half
            split.clear();
            decodeInto(split);
            split.flip();
            if (split.hasRemaining()) {
                buffer[offset] = split.get();
                return 1;
            }
        }
        int read = out.position() - offset;
        if (read > 0) {
            return read;
        }
        if (failure != null) {
            failure.throwException();
        }
        return -1;
    }

    /** Decodes what fits; notes a failure, or the end once the decoder is flushed. */
    private void decodeInto(CharBuffer out) {
        CoderResult result = decoder.decode(bytes, out, true);
        if (result.isError()) {
            failure = result;
            return;
        }
        if (result.isUnderflow()) {
            result = decoder.flush(out);
            if (result.isError()) {
                failure = result;
            } else if (result.isUnderflow()) {
                ended = true;
            }
        }
    }

    @Override
    public void close() {
        bytes.position(bytes.limit());
        split.limit(0);
        failure = null;
        ended = true;
    }
}
