package io.harvest4j.core.codec;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The items of a list answer, decoded one at a time as they are read from the body by
 * {@link Codec#decodeItems}. It holds the body open: {@linkplain #close() close} it when done,
 * read to the end or not (try-with-resources), and the connection under it is released.
 *
 * <p>{@link #hasNext()} and {@link #next()} read from the body, so they may fail: a body that
 * turns out not to be the declared shape, or an item that cannot be bound, is a
 * {@link io.harvest4j.core.CodecException}; a body that stops arriving is whatever the stream it is
 * read from throws (the client reports it as a {@link io.harvest4j.core.TransportException}). Not
 * thread-safe: one reader, one thread at a time.
 *
 * @param <T> the type of the items
 */
public interface DecodedItems<T> extends Iterator<T>, AutoCloseable {

    /** Stops reading and releases the body (and its connection); closing twice does nothing more. */
    @Override
    void close();

    /**
     * @param items items decoded already
     * @param body what to release on {@link #close()}, or {@code null} for nothing
     * @param <T> the type of the items
     * @return the items, one after the other, as {@code DecodedItems}
     */
    static <T> DecodedItems<T> of(List<T> items, AutoCloseable body) {
        Objects.requireNonNull(items, "items");
        return new DecodedItems<T>() {
            private final Iterator<T> iterator = items.iterator();
            private boolean closed;

            @Override
            public boolean hasNext() {
                return !closed && iterator.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException(closed ? "the items are closed" : "no more items");
                }
                return iterator.next();
            }

            @Override
            public void close() {
                if (closed) {
                    return;
                }
                closed = true;
                if (body != null) {
                    try {
                        body.close();
                    } catch (Exception e) {
                        // the items were read whole: nothing more depends on the body
                    }
                }
            }
        };
    }
}
