package io.harvest4j.auth;

import java.util.Locale;

/**
 * What went wrong in an OAuth 2.0 exchange: the error codes of RFC 6749 that the service answers
 * (at the token endpoint and in the authorization redirect), RFC 6750's {@code invalid_token}, and
 * the failures the library itself detects.
 */
public enum OAuthError {
    /** A parameter is missing, repeated or malformed. */
    INVALID_REQUEST("invalid_request"),
    /** The client id or secret was not accepted. */
    INVALID_CLIENT("invalid_client"),
    /** The code or refresh token is unknown, used, expired or was issued to another client or redirect URI. */
    INVALID_GRANT("invalid_grant"),
    /** The application may not use this grant. */
    UNAUTHORIZED_CLIENT("unauthorized_client"),
    /** The service does not know the grant type. */
    UNSUPPORTED_GRANT_TYPE("unsupported_grant_type"),
    /** The scope asked for is not available. */
    INVALID_SCOPE("invalid_scope"),
    /** The user refused the application access. */
    ACCESS_DENIED("access_denied"),
    /** The service does not know the response type. */
    UNSUPPORTED_RESPONSE_TYPE("unsupported_response_type"),
    /** The service failed. */
    SERVER_ERROR("server_error"),
    /** The service is overloaded or down for maintenance. */
    TEMPORARILY_UNAVAILABLE("temporarily_unavailable"),
    /** The access token is unknown, revoked or expired, and could not be renewed. */
    INVALID_TOKEN("invalid_token"),
    /** The redirect's {@code state} is missing or is not the one this library sent: a forged redirect. */
    STATE_MISMATCH(null),
    /** The answer or the redirect is not what OAuth 2.0 says it must be. */
    INVALID_RESPONSE(null),
    /** No tokens are held yet: authorize first. */
    NO_TOKENS(null),
    /** An error code this library does not know (it is in {@link OAuthException#errorCode()}). */
    OTHER(null);

    private final String code;

    OAuthError(String code) {
        this.code = code;
    }

    /** @return the wire code, or empty for the errors the library detects itself */
    public java.util.Optional<String> code() {
        return java.util.Optional.ofNullable(code);
    }

    /**
     * @param code a wire code ({@code invalid_grant}), may be null
     * @return its constant, {@link #OTHER} for an unknown one, {@link #INVALID_RESPONSE} for none
     */
    public static OAuthError ofCode(String code) {
        if (code == null || code.isBlank()) {
            return INVALID_RESPONSE;
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (OAuthError error : values()) {
            if (wanted.equals(error.code)) {
                return error;
            }
        }
        return OTHER;
    }
}
