package io.harvest4j.auth;

import io.harvest4j.core.HarvestException;
import java.util.Optional;

/**
 * An OAuth 2.0 exchange failed: the service refused a grant or an authorization ({@code invalid_grant},
 * {@code access_denied}…), a redirect was forged ({@link OAuthError#STATE_MISMATCH}), or a token
 * could not be renewed. The message names the error and the service's description, cut short and
 * stripped of control characters; it never holds a code, a token or a secret.
 */
public class OAuthException extends HarvestException {

    private static final long serialVersionUID = 1L;

    /** The most characters of a service's text (error code, description) a message quotes. */
    static final int MAX_QUOTED = 200;

    private final OAuthError error;
    private final String errorCode;
    private final String description;

    /**
     * @param error what went wrong
     * @param errorCode the wire code as sent (may be null)
     * @param description the service's {@code error_description}, or the library's own words (may be null)
     * @param cause the underlying failure, or null
     */
    public OAuthException(OAuthError error, String errorCode, String description, Throwable cause) {
        super(describe(error, errorCode, description), cause);
        this.error = java.util.Objects.requireNonNull(error, "error");
        this.errorCode = errorCode == null ? null : quoted(errorCode);
        this.description = description == null ? null : quoted(description);
    }

    OAuthException(OAuthError error, String description) {
        this(error, error.code().orElse(null), description, null);
    }

    /** @return what went wrong */
    public OAuthError error() {
        return error;
    }

    /** @return the error code as the service sent it (cut short), if it sent one */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /** @return the service's {@code error_description} or the library's explanation (cut short) */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    private static String describe(OAuthError error, String errorCode, String description) {
        StringBuilder text = new StringBuilder("OAuth 2.0: ").append(error.name().toLowerCase(java.util.Locale.ROOT));
        if (errorCode != null && error == OAuthError.OTHER) {
            text.append(" (").append(quoted(errorCode)).append(')');
        }
        if (description != null && !description.isBlank()) {
            text.append(" — ").append(quoted(description));
        }
        return text.toString();
    }

    /** Service text made safe for a message: printable, one line, at most {@value #MAX_QUOTED} characters. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_QUOTED + 1));
        text.codePoints().limit(MAX_QUOTED).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        if (text.codePointCount(0, text.length()) > MAX_QUOTED) {
            out.append('…');
        }
        return out.toString().strip();
    }
}
