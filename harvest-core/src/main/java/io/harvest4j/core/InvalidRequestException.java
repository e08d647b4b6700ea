package io.harvest4j.core;

/**
 * A call was refused before anything was sent: a required field is missing, an argument is out of
 * range, or the call cannot be expressed on the wire.
 */
public class InvalidRequestException extends HarvestException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, without any credential
     */
    public InvalidRequestException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, without any credential
     * @param cause the underlying failure
     */
    public InvalidRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
