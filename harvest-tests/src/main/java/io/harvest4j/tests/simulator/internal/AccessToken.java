package io.harvest4j.tests.simulator.internal;

import java.time.Instant;

/** An OAuth access token the simulator accepts for a user until it expires. Immutable. */
public final class AccessToken {

    private final String value;
    private final long userId;
    private final Instant expiresAt;

    /**
     * @param value the token
     * @param userId whom it acts for
     * @param expiresAt when it stops working
     */
    public AccessToken(String value, long userId, Instant expiresAt) {
        this.value = value;
        this.userId = userId;
        this.expiresAt = expiresAt;
    }

    /** @return the token */
    public String value() {
        return value;
    }

    /** @return the user's id */
    public long userId() {
        return userId;
    }

    /** @return when it expires */
    public Instant expiresAt() {
        return expiresAt;
    }
}
