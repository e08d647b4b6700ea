package io.harvest4j.core.http;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The body of a request: its bytes, its media type and whether it can be sent again.
 *
 * <p>Bodies held in memory are replayable, so a retry sends exactly the same bytes. A body that
 * is not replayable (a streamed upload, say) is never retried, whatever the retry policy says.
 */
public final class RequestBody {

    private final byte[] content;
    private final String contentType;
    private final boolean replayable;

    private RequestBody(byte[] content, String contentType, boolean replayable) {
        this.content = content;
        this.contentType = contentType;
        this.replayable = replayable;
    }

    /**
     * @param content the bytes to send; copied
     * @param contentType the value of the {@code Content-Type} header
     * @return a replayable body
     */
    public static RequestBody of(byte[] content, String contentType) {
        return new RequestBody(Objects.requireNonNull(content, "content").clone(),
                Objects.requireNonNull(contentType, "contentType"), true);
    }

    /**
     * @param text the body's text
     * @param contentType its {@code Content-Type}
     * @return a replayable body holding {@code text} in UTF-8
     */
    public static RequestBody ofText(String text, String contentType) {
        return new RequestBody(text.getBytes(StandardCharsets.UTF_8), Objects.requireNonNull(contentType), true);
    }

    /**
     * @param contentType its {@code Content-Type}
     * @return an empty body (the service reads it as no body, whatever its type)
     */
    public static RequestBody empty(String contentType) {
        return new RequestBody(new byte[0], Objects.requireNonNull(contentType), true);
    }

    /** @return a copy of the bytes */
    public byte[] content() {
        return content.clone();
    }

    /** @return the number of bytes */
    public int length() {
        return content.length;
    }

    /** @return the {@code Content-Type} this body is sent with */
    public String contentType() {
        return contentType;
    }

    /** @return whether the same bytes can be sent again on a retry */
    public boolean isReplayable() {
        return replayable;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof RequestBody)) {
            return false;
        }
        RequestBody that = (RequestBody) other;
        return Arrays.equals(content, that.content) && contentType.equals(that.contentType)
                && replayable == that.replayable;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(content) * 31 + contentType.hashCode();
    }

    /** @return the type and size only: bodies may hold personal data */
    @Override
    public String toString() {
        return "RequestBody{" + contentType + ", " + content.length + " bytes}";
    }
}
