package io.harvest4j.auth;

import io.harvest4j.core.internal.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The tokens of one grant: the access token, the refresh token when the flow gives one (the
 * authorization-code flow does, the implicit flow does not) and when the access token expires
 * ({@code expires_in} from the moment the answer was read). Immutable; {@link #toString()} shows
 * neither token.
 */
public final class OAuthTokens {

    private final String accessToken;
    private final String refreshToken;
    private final Instant expiresAt;
    private final String tokenType;

    private OAuthTokens(String accessToken, String refreshToken, Instant expiresAt, String tokenType) {
        this.accessToken = accessToken;
        this.refreshToken = refreshToken;
        this.expiresAt = expiresAt;
        this.tokenType = tokenType;
    }

    /**
     * Tokens as an application kept them ({@link TokenStore}).
     *
     * @param accessToken the access token
     * @param refreshToken the refresh token, or {@code null} when there is none
     * @param expiresAt when the access token expires, or {@code null} when that is unknown
     * @return the tokens, of type {@code bearer}
     */
    public static OAuthTokens of(String accessToken, String refreshToken, Instant expiresAt) {
        return of(accessToken, refreshToken, expiresAt, "bearer");
    }

    static OAuthTokens of(String accessToken, String refreshToken, Instant expiresAt, String tokenType) {
        Checks.setting("OAuthTokens.of: accessToken", accessToken);
        if (accessToken.isBlank()) {
            throw new io.harvest4j.core.ConfigurationException("OAuthTokens.of: the access token is blank");
        }
        return new OAuthTokens(accessToken, refreshToken == null || refreshToken.isBlank() ? null : refreshToken,
                expiresAt, Objects.requireNonNullElse(tokenType, "bearer"));
    }

    /** @return the access token: a secret, to send and to store, never to print */
    public String accessToken() {
        return accessToken;
    }

    /** @return the refresh token, if the grant gave one: a secret */
    public Optional<String> refreshToken() {
        return Optional.ofNullable(refreshToken);
    }

    /** @return when the access token expires, if the service said */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /** @return the token type the service named ({@code bearer}) */
    public String tokenType() {
        return tokenType;
    }

    /**
     * @param now the current instant
     * @param margin how long before the expiry the token counts as expired
     * @return whether the access token expires within {@code margin} of {@code now}
     */
    public boolean expiresWithin(Instant now, Duration margin) {
        return expiresAt != null && !now.plus(margin).isBefore(expiresAt);
    }

    /** @param refreshToken the refresh token to keep when a refresh answer carries none */
    OAuthTokens keepingRefreshToken(String refreshToken) {
        return this.refreshToken != null || refreshToken == null ? this
                : new OAuthTokens(accessToken, refreshToken, expiresAt, tokenType);
    }

    /** @return the type, whether there is a refresh token, and the expiry: never a token */
    @Override
    public String toString() {
        return "OAuthTokens{" + tokenType + ", accessToken=<redacted>, refreshToken="
                + (refreshToken == null ? "none" : "<redacted>") + ", expiresAt=" + (expiresAt == null ? "unknown" : expiresAt) + "}";
    }
}
