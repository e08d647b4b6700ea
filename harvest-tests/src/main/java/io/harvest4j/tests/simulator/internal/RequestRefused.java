package io.harvest4j.tests.simulator.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the simulated service refuses: its status, the message of the error body, for a 400
 * the {@code Hint} header (the same text as the message), and any further header. An OAuth
 * refusal carries an OAuth error code and is written {@code {"error":…,"error_description":…}}.
 */
public final class RequestRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String hint;
    private final String oauthError;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private RequestRefused(int status, String message, String hint, String oauthError) {
        super(message, null, false, false);
        this.status = status;
        this.hint = hint;
        this.oauthError = oauthError;
    }

    /**
     * @param message the body's message and the Hint
     * @return a 400 with a Hint
     */
    public static RequestRefused badRequest(String message) {
        return new RequestRefused(400, message, message, null);
    }

    /**
     * @param message the body's message
     * @return a 404 (also the answer to what the caller's role may not see)
     */
    public static RequestRefused notFound(String message) {
        return new RequestRefused(404, message, null, null);
    }

    /**
     * @param status any status
     * @param message the body's message
     * @return a refusal without a Hint
     */
    public static RequestRefused of(int status, String message) {
        return new RequestRefused(status, message, null, null);
    }

    /**
     * @param description what is wrong with the token
     * @return a 401 with the OAuth body {@code invalid_token}
     */
    public static RequestRefused invalidToken(String description) {
        return new RequestRefused(401, description, null, "invalid_token")
                .withHeader("WWW-Authenticate", "Bearer realm=\"Harvest\", error=\"invalid_token\"");
    }

    /**
     * @param name a header
     * @param value its value
     * @return this
     */
    public RequestRefused withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the Hint header, or null */
    public String hint() {
        return hint;
    }

    /** @return the OAuth error code, or null for a plain {@code message} body */
    public String oauthError() {
        return oauthError;
    }

    /** @return further headers of the answer */
    public Map<String, String> headers() {
        return headers;
    }
}
