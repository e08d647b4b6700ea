package io.harvest4j.core.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The body of a request: its bytes, its media type and whether it can be sent again.
 *
 * <p>Bodies held in memory are replayable, so a retry sends exactly the same bytes. A body may
 * also be <em>streamed</em> ({@link #streamed}, {@link #ofFile}, {@link #ofStream}): a
 * {@linkplain Source source} of a known length that the transport opens when it sends the request
 * and reads as it goes, so that a large upload (a 10 MB receipt) is never held in memory whole.
 * A streamed body from a file or from bytes opens afresh each time and is replayable; one from an
 * {@link InputStream} can be read once and is not. A body that is not replayable is never
 * retried, whatever the retry policy says.
 */
public final class RequestBody {

    /**
     * Where a streamed body's bytes come from: opened each time the body is sent (or read through
     * {@link RequestBody#openStream()}), and closed by whoever opened it.
     */
    @FunctionalInterface
    public interface Source {

        /**
         * @return a stream of the body's bytes, from the first; the caller closes it
         * @throws IOException when the bytes cannot be read (a file gone, a stream already read)
         */
        InputStream open() throws IOException;
    }

    private final byte[] content;
    private final Source source;
    private final long length;
    private final String contentType;
    private final boolean replayable;

    private RequestBody(byte[] content, Source source, long length, String contentType, boolean replayable) {
        this.content = content;
        this.source = source;
        this.length = length;
        this.contentType = contentType;
        this.replayable = replayable;
    }

    /**
     * @param content the bytes to send; copied
     * @param contentType the value of the {@code Content-Type} header
     * @return a replayable body
     */
    public static RequestBody of(byte[] content, String contentType) {
        byte[] copy = Objects.requireNonNull(content, "content").clone();
        return new RequestBody(copy, null, copy.length, Objects.requireNonNull(contentType, "contentType"), true);
    }

    /**
     * @param text the body's text
     * @param contentType its {@code Content-Type}
     * @return a replayable body holding {@code text} in UTF-8
     */
    public static RequestBody ofText(String text, String contentType) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new RequestBody(bytes, null, bytes.length, Objects.requireNonNull(contentType), true);
    }

    /**
     * @param contentType its {@code Content-Type}
     * @return an empty body (the service reads it as no body, whatever its type)
     */
    public static RequestBody empty(String contentType) {
        return new RequestBody(new byte[0], null, 0, Objects.requireNonNull(contentType), true);
    }

    /**
     * A body read from its source while it is sent, never held in memory by this class.
     *
     * @param source opens the bytes; it must give exactly {@code length} bytes each time it is
     *     opened (a transport fails the request when it gives more or fewer)
     * @param length the number of bytes, sent as {@code Content-Length}
     * @param contentType its {@code Content-Type}
     * @param replayable whether the source can be opened again and gives the same bytes (a file,
     *     an array), so that the request may be retried
     * @return a streamed body
     * @throws IllegalArgumentException when the length is negative
     */
    public static RequestBody streamed(Source source, long length, String contentType, boolean replayable) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(contentType, "contentType");
        if (length < 0) {
            throw new IllegalArgumentException("a streamed body's length must not be negative: " + length);
        }
        return new RequestBody(null, source, length, contentType, replayable);
    }

    /**
     * @param file a regular file, read when the request is sent (each time: it is replayable)
     * @param contentType its {@code Content-Type}
     * @return a replayable streamed body of the file's size
     * @throws UncheckedIOException when the file's size cannot be read (it does not exist, say)
     */
    public static RequestBody ofFile(Path file, String contentType) {
        Objects.requireNonNull(file, "file");
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file + ": " + e.getMessage(), e);
        }
        return streamed(() -> Files.newInputStream(file), size, contentType, true);
    }

    /**
     * @param stream the bytes, read when the request is sent; the body closes it once read
     * @param length how many bytes it holds
     * @param contentType its {@code Content-Type}
     * @return a streamed body that can be sent once (opening it again fails), never retried
     * @throws IllegalArgumentException when the length is negative
     */
    public static RequestBody ofStream(InputStream stream, long length, String contentType) {
        Objects.requireNonNull(stream, "stream");
        AtomicBoolean opened = new AtomicBoolean();
        return streamed(() -> {
            if (opened.getAndSet(true)) {
                throw new IOException("the body's InputStream was read already: it cannot be sent twice");
            }
            return stream;
        }, length, contentType, false);
    }

    /**
     * @return a copy of the bytes. For a streamed body, its source is opened and read whole into
     *     memory (and a body from an {@link InputStream} is used up): meant for tests and small
     *     bodies; transports read {@link #openStream()} instead
     * @throws UncheckedIOException when a streamed body's source cannot be read
     */
    public byte[] content() {
        if (source == null) {
            return content.clone();
        }
        try (InputStream in = source.open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body: " + e.getMessage(), e);
        }
    }

    /**
     * @return a stream of the body's bytes, which the caller closes: the bytes held in memory, or
     *     the streamed body's source, opened now
     * @throws IOException when a streamed body's source cannot be opened
     */
    public InputStream openStream() throws IOException {
        if (source == null) {
            return new ByteArrayInputStream(content);
        }
        InputStream in = source.open();
        if (in == null) {
            throw new IOException("the request body's source opened no stream");
        }
        return in;
    }

    /** @return whether the body is read from a {@link Source} when sent, rather than held in memory */
    public boolean isStreamed() {
        return source != null;
    }

    /**
     * @return the number of bytes, as an {@code int} (what this method always answered);
     *     {@link Integer#MAX_VALUE} for a streamed body larger than that: {@link #contentLength()}
     *     is exact
     */
    public int length() {
        return (int) Math.min(length, Integer.MAX_VALUE);
    }

    /** @return the number of bytes, sent as {@code Content-Length} */
    public long contentLength() {
        return length;
    }

    /** @return the {@code Content-Type} this body is sent with */
    public String contentType() {
        return contentType;
    }

    /** @return whether the same bytes can be sent again on a retry */
    public boolean isReplayable() {
        return replayable;
    }

    /** @return for bodies in memory, whether the bytes, type and replayability are equal; streamed ones equal only themselves */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof RequestBody)) {
            return false;
        }
        RequestBody that = (RequestBody) other;
        if (source != null || that.source != null) {
            return this == that;
        }
        return Arrays.equals(content, that.content) && contentType.equals(that.contentType)
                && replayable == that.replayable;
    }

    @Override
    public int hashCode() {
        return source != null ? System.identityHashCode(this) : Arrays.hashCode(content) * 31 + contentType.hashCode();
    }

    /** @return the type and size only: bodies may hold personal data */
    @Override
    public String toString() {
        return "RequestBody{" + contentType + ", " + length + " bytes" + (source == null ? "" : ", streamed")
                + (replayable ? "" : ", not replayable") + "}";
    }
}
