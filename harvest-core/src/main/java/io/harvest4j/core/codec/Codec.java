package io.harvest4j.core.codec;

import io.harvest4j.core.CodecException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes bodies of one {@link Format}, laid out as each operation's {@link WireShape}
 * declares. Found through a {@link CodecProvider}; thread-safe.
 *
 * <p>A codec never throws the exceptions of the library it is built on: whatever goes wrong is a
 * {@link CodecException} that names the type, the format and the first bytes of the body.
 */
public interface Codec {

    /** @return the format this codec reads and writes */
    Format format();

    /**
     * Decodes a single object.
     *
     * @param body the bytes of an answer
     * @param type the class to bind to
     * @param shape the operation's declared layout
     * @param <T> the type
     * @return the value, never {@code null}
     * @throws CodecException when the body is not a well-formed, safe document of that shape
     */
    <T> T decode(byte[] body, Class<T> type, WireShape shape);

    /**
     * Decodes a list.
     *
     * @param body the bytes of an answer
     * @param itemType the class of each item
     * @param shape a {@linkplain WireShape#isList() list shape}
     * @param <T> the item type
     * @return the items, in order, never {@code null}
     * @throws CodecException when the body is not a well-formed, safe document of that shape
     */
    <T> List<T> decodeList(byte[] body, Class<T> itemType, WireShape shape);

    /**
     * Decodes a list item by item as the body is read, so that an answer of any length is never
     * held whole: what {@code decodeList} does, over a stream. The items are read as the caller asks
     * for them; the body stays open until the answer is {@linkplain DecodedItems#close() closed}.
     *
     * <p>The default reads the whole body (at most {@code maxItemBytes} of it) and hands it to
     * {@link #decodeList}, so a codec written before this method existed keeps working, holding the
     * whole answer as it always did. A codec that streams overrides it and holds one item at a time
     * instead: then {@code maxItemBytes} bounds each item.
     *
     * @param body the answer's body; the answer owns it from now on and closes it when it is closed
     *     (or when this method fails)
     * @param itemType the class of each item
     * @param shape a {@linkplain WireShape#isList() list shape}
     * @param maxItemBytes the most bytes one item may take; a codec that cannot stream holds the
     *     whole body to this limit
     * @param <T> the item type
     * @return the items, decoded as they are asked for
     * @throws CodecException when the body is not a well-formed, safe document of that shape; a
     *     streaming codec finds most faults later, in {@code hasNext()} or {@code next()}
     */
    default <T> DecodedItems<T> decodeItems(InputStream body, Class<T> itemType, WireShape shape, long maxItemBytes) {
        Objects.requireNonNull(body, "body");
        try (body) {
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxItemBytes) + 1);
            if (bytes.length > maxItemBytes) {
                throw new CodecException("the answer is larger than " + maxItemBytes + " bytes, and " + this
                        + " reads a list only whole (it does not stream)");
            }
            return DecodedItems.of(decodeList(bytes, itemType, shape), null);
        } catch (IOException e) {
            throw new CodecException("cannot read the answer's body: " + e, e);
        }
    }

    /**
     * Whether this codec decodes promptly: in time proportional to the body's length, at a rate of
     * megabytes per second, without waiting for anything (no lock held by others, no I/O, no
     * remote schema). The client then decodes a small answer of a blocking call on the calling
     * thread, which spares two hand-offs between threads, about a tenth of a loopback call's time;
     * the call's deadline still holds, to within the few microseconds such a decode takes.
     * Any other answer is decoded on a thread of its own, so that the caller can stop waiting at
     * the call's deadline however long decoding takes.
     *
     * <p>The default, {@code false}, is always safe. Both of the library's codecs bound every
     * scalar's length and read in one pass, and answer {@code true}.
     *
     * @return whether a small body is always decoded in a bounded, short time
     */
    default boolean decodesPromptly() {
        return false;
    }

    /**
     * Encodes a request body. Fields that are {@code null} are left out.
     *
     * @param value the value to send
     * @param shape the operation's declared layout
     * @return the bytes
     * @throws CodecException when the value cannot be written
     */
    byte[] encode(Object value, WireShape shape);

    /**
     * Reads the service's message from an error body ({@code <hash><message>…} or
     * {@code {"message":"…"}}). Lenient: an error body may be anything.
     *
     * @param body an error answer's bytes
     * @return the message, or empty when the body holds none or does not parse
     */
    Optional<String> errorMessage(byte[] body);
}
