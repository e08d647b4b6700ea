package io.harvest4j.core.codec;

import io.harvest4j.core.CodecException;
import java.util.List;
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
