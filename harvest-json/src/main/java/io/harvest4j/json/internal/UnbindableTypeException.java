package io.harvest4j.json.internal;

/**
 * A Java type that the codec cannot bind whatever the body says: no no-argument constructor, a
 * field of a type without a JSON conversion, or a package not open to the codec. A programming or
 * configuration error, reported as a {@link io.harvest4j.core.CodecException} that says what to fix.
 */
final class UnbindableTypeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnbindableTypeException(String message) {
        super(message);
    }

    UnbindableTypeException(String message, Throwable cause) {
        super(message, cause);
    }
}
