package io.harvest4j.core;

import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.DecodedItems;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.http.StreamedResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The items of a streamed list answer as a {@link Stream}: the codec's {@link DecodedItems} with
 * every failure typed (the body's own failure a {@link TransportException}, whatever else a
 * {@link CodecException}) and the answer closed with the stream, or at the first failure.
 */
final class StreamedItems<T> implements Iterator<T> {

    private final StreamedResponse response;
    private final GuardedBody guard;
    private final String target;
    private final DecodedItems<T> decoded;

    private StreamedItems(StreamedResponse response, Codec codec, Class<T> itemType, WireShape shape, long maxItemBytes) {
        this.response = response;
        this.guard = response.body() instanceof GuardedBody ? (GuardedBody) response.body() : null;
        this.target = target(response.request());
        DecodedItems<T> items;
        try {
            items = codec.decodeItems(response.body(), itemType, shape, maxItemBytes);
            if (items == null) {
                throw new CodecException(codec + " decoded the answer to " + target + " as null");
            }
        } catch (Throwable e) {
            throw typed(e);
        }
        this.decoded = items;
    }

    /**
     * @return the items of the answer, read as they are consumed; closing the stream closes the answer
     */
    static <T> Stream<T> stream(StreamedResponse response, Codec codec, Class<T> itemType, WireShape shape,
            long maxItemBytes) {
        StreamedItems<T> items = new StreamedItems<>(response, codec, itemType, shape, maxItemBytes);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(items::close);
    }

    @Override
    public boolean hasNext() {
        try {
            return decoded.hasNext();
        } catch (Throwable e) {
            throw typed(e);
        }
    }

    @Override
    public T next() {
        T item;
        try {
            item = decoded.next();
        } catch (NoSuchElementException e) {
            throw e;
        } catch (Throwable e) {
            throw typed(e);
        }
        if (item == null) {
            throw typed(new CodecException("the codec decoded an item of the answer to " + target + " as null"));
        }
        return item;
    }

    private void close() {
        try {
            if (decoded != null) {
                decoded.close();
            }
        } finally {
            response.close();
        }
    }

    /** Closes the answer and says what went wrong, as the exception the API promises. */
    private RuntimeException typed(Throwable e) {
        try {
            close();
        } catch (RuntimeException closing) {
            e.addSuppressed(closing);
        }
        if (guard != null && guard.failure != null) {
            return guard.failure;
        }
        if (e instanceof Error) {
            throw (Error) e;
        }
        if (e instanceof HarvestException) {
            return (HarvestException) e;
        }
        return new CodecException("cannot read the answer to " + target + ": " + e, e);
    }

    static String target(Request request) {
        return request.method() + " " + Request.redactedUri(request.uri());
    }

    /**
     * The body of a streamed answer as the client hands it out: whatever its reads fail with
     * becomes a {@link TransportException}, and is remembered, so that a parser that wraps the
     * failure in one of its own cannot make a broken connection look like a malformed body.
     */
    static final class GuardedBody extends InputStream {
        private final InputStream in;
        private final String target;
        volatile HarvestException failure;

        GuardedBody(InputStream in, Request request) {
            this.in = in;
            this.target = target(request);
        }

        @Override
        public int read() {
            try {
                return in.read();
            } catch (Throwable e) {
                throw failed(e);
            }
        }

        @Override
        public int read(byte[] bytes, int offset, int length) {
            try {
                return in.read(bytes, offset, length);
            } catch (Throwable e) {
                throw failed(e);
            }
        }

        @Override
        public int available() {
            try {
                return in.available();
            } catch (Throwable e) {
                throw failed(e);
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }

        private RuntimeException failed(Throwable e) {
            if (e instanceof Error) {
                throw (Error) e;
            }
            HarvestException typed = e instanceof HarvestException ? (HarvestException) e
                    : new TransportException(target + ": the answer's body could not be read: " + e, e, true);
            if (failure == null) {
                failure = typed;
            }
            return typed;
        }
    }
}
