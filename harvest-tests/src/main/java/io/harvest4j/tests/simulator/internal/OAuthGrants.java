package io.harvest4j.tests.simulator.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the simulated service's OAuth 2.0 remembers: the authorization codes it handed out (single-use,
 * short-lived) and the refresh tokens (which never expire, as the service's docs say), plus how long
 * an access token lives. Guarded by the account's monitor, like the rest of {@link Account}.
 */
public final class OAuthGrants {

    /** The seeded application's {@code client_id}. */
    public static final String CLIENT_ID = "demo-client-id";
    /** The seeded application's {@code client_secret}. */
    public static final String CLIENT_SECRET = "demo-client-secret";
    /** How long an access token lives unless told otherwise: 64,799 seconds, as the service's {@code expires_in}. */
    public static final Duration DEFAULT_TOKEN_TTL = Duration.ofSeconds(64_799);
    /** How long an authorization code may wait to be exchanged. */
    public static final Duration CODE_LIFETIME = Duration.ofMinutes(1);
    /** The most codes waiting at once: older ones are dropped first (a flood of authorizations cannot grow it). */
    private static final int MAX_CODES = 1_000;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Code> codes = new LinkedHashMap<>();
    private final Map<String, Long> refreshTokens = new LinkedHashMap<>();
    private Duration tokenTtl = DEFAULT_TOKEN_TTL;

    /** A code handed out in a redirect, waiting for its exchange. */
    public static final class Code {
        final long userId;
        final String clientId;
        final String redirectUri;
        final Instant expiresAt;

        Code(long userId, String clientId, String redirectUri, Instant expiresAt) {
            this.userId = userId;
            this.clientId = clientId;
            this.redirectUri = redirectUri;
            this.expiresAt = expiresAt;
        }
    }

    /** Forgets every code and refresh token (the lifetime stays). */
    public void clear() {
        codes.clear();
        refreshTokens.clear();
    }

    /** @return how long an access token lives */
    public Duration tokenTtl() {
        return tokenTtl;
    }

    /** @param ttl how long access tokens issued from now on live */
    public void tokenTtl(Duration ttl) {
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("a token lifetime is positive: " + ttl);
        }
        this.tokenTtl = ttl;
    }

    String newCode(long userId, String clientId, String redirectUri, Instant now) {
        if (codes.size() >= MAX_CODES) {
            Iterator<String> oldest = codes.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        String code = random();
        codes.put(code, new Code(userId, clientId, redirectUri, now.plus(CODE_LIFETIME)));
        return code;
    }

    /** @return the code's grant, once: it is forgotten whether or not it is still valid */
    Optional<Code> takeCode(String code, Instant now) {
        Code found = codes.remove(code);
        return found == null || !now.isBefore(found.expiresAt) ? Optional.empty() : Optional.of(found);
    }

    String newRefreshToken(long userId) {
        String token = random();
        refreshTokens.put(token, userId);
        return token;
    }

    Optional<Long> refreshTokenUser(String token) {
        return Optional.ofNullable(refreshTokens.get(token));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
