package io.harvest4j.extended;

import io.harvest4j.core.Call;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.extended.model.RateLimitStatus;
import io.harvest4j.extended.model.WhoAmI;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The account: who the calls are made as, and how much of the throttle is left. Any user may make
 * these calls. Thread-safe.
 *
 * <pre>{@code
 * Account account = new Account(client);
 * WhoAmI me = account.whoAmI();
 * System.out.println(me.user().firstName() + " at " + me.company().name());
 * }</pre>
 */
public final class Account {

    /** {@code <hash><company>…</company><user>…</user></hash>}; JSON {@code {"company":…,"user":…}}. */
    static final WireShape WHO_AM_I = WireShape.object("hash").jsonUnwrapped().build();

    /** {@code <hash><last-access-at>…</hash>}; JSON the same keys, underscored, unwrapped. */
    static final WireShape RATE_LIMIT_STATUS = WireShape.object("hash").jsonUnwrapped().build();

    private final HarvestClient client;

    /** @param client the client of the account */
    @Inject
    public Account(HarvestClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * {@code GET /account/who_am_i}: the company and the user the client acts as, with the
     * company's modules and the user's project-manager permissions.
     *
     * @return the answer
     */
    public WhoAmI whoAmI() {
        return client.send(whoAmICall());
    }

    /** @return a future of {@link #whoAmI()} */
    public CompletableFuture<WhoAmI> whoAmIAsync() {
        return client.sendAsync(whoAmICall());
    }

    /**
     * {@code GET /account/rate_limit_status}: the throttle's state for the account (this call is
     * not counted against the limit).
     *
     * @return the answer
     */
    public RateLimitStatus rateLimitStatus() {
        return client.send(rateLimitStatusCall());
    }

    /** @return a future of {@link #rateLimitStatus()} */
    public CompletableFuture<RateLimitStatus> rateLimitStatusAsync() {
        return client.sendAsync(rateLimitStatusCall());
    }

    private static Call<WhoAmI> whoAmICall() {
        return Call.get("/account/who_am_i").decoding(WhoAmI.class, WHO_AM_I);
    }

    private static Call<RateLimitStatus> rateLimitStatusCall() {
        return Call.get("/account/rate_limit_status").decoding(RateLimitStatus.class, RATE_LIMIT_STATUS);
    }
}
