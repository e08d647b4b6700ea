package io.harvest4j.core;

/**
 * The root of every failure this library reports. Unchecked: a caller catches the subtype it can
 * act on ({@link ApiException} and its kin for answers of the service, {@link TransportException}
 * when no answer came, {@link CodecException} when an answer did not decode,
 * {@link InvalidRequestException} when a call was refused before it was sent).
 *
 * <p>No message of this hierarchy ever holds a credential.
 */
public class HarvestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, without any credential
     */
    public HarvestException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, without any credential
     * @param cause the underlying failure
     */
    public HarvestException(String message, Throwable cause) {
        super(message, cause);
    }
}
