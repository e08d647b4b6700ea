package io.harvest4j.core;

/**
 * The client cannot be built as configured: an insecure base URI, no codec for the chosen format,
 * a missing required setting.
 */
public class ConfigurationException extends HarvestException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, without any credential
     */
    public ConfigurationException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, without any credential
     * @param cause the underlying failure
     */
    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
