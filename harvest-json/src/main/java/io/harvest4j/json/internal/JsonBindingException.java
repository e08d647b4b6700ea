package io.harvest4j.json.internal;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Why a JSON document does not fit the shape or the type asked for, with where in the document:
 * {@code at $.client.project_id: "abc" is not a whole number}. The codec reports it as the cause of
 * a {@link io.harvest4j.core.CodecException}.
 */
final class JsonBindingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;
    private final Deque<String> path = new ArrayDeque<>();

    JsonBindingException(String reason) {
        this(reason, null);
    }

    JsonBindingException(String reason, Throwable cause) {
        super(reason, cause);
        this.reason = reason;
    }

    /**
     * Records, on the way out of the recursion, the member the failure happened in.
     *
     * @param segment {@code .name} or {@code [3]}
     * @return this exception, to rethrow
     */
    JsonBindingException within(String segment) {
        path.addFirst(segment);
        return this;
    }

    /** @return the reason without the location */
    String reason() {
        return reason;
    }

    /** @return the location in JSONPath form, {@code $} for the document itself */
    String location() {
        return "$" + String.join("", path);
    }

    @Override
    public String getMessage() {
        return "at " + location() + ": " + reason;
    }
}
