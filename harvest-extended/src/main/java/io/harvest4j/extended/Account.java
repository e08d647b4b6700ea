package io.harvest4j.extended;

import io.harvest4j.core.Call;
import io.harvest4j.core.CodecException;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestRequest;
import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.http.Response;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.extended.model.RateLimitStatus;
import io.harvest4j.extended.model.WhoAmI;
import jakarta.inject.Inject;

/**
 * The account: who the calls are made as, and how much of the throttle is left. Any user may make
 * these calls. Thread-safe and immutable; each method answers a {@link HarvestRequest} to run with
 * {@code execute()} or {@code executeAsync()}.
 *
 * <pre>{@code
 * Account account = new Account(client);
 * WhoAmI me = account.whoAmI().execute();
 * System.out.println(me.user().firstName() + " at " + me.company().name());
 * }</pre>
 */
public final class Account {

    /** {@code <hash><company>…</company><user>…</user></hash>}; JSON {@code {"company":…,"user":…}}. */
    static final WireShape WHO_AM_I = WireShape.object("hash").jsonUnwrapped().build();

    /** {@code <hash><last-access-at>…</hash>}; JSON the same keys, underscored, unwrapped. */
    static final WireShape RATE_LIMIT_STATUS = WireShape.object("hash").jsonUnwrapped().build();

    private final HarvestClient client;

    /**
     * @param client the client of the account
     * @throws InvalidRequestException when it is {@code null}
     */
    @Inject
    public Account(HarvestClient client) {
        this.client = Checks.required("Account: client", client);
    }

    /**
     * {@code GET /account/who_am_i}: the company and the user the client acts as, with the
     * company's modules and the user's project-manager permissions.
     *
     * @return the request
     */
    public HarvestRequest<WhoAmI> whoAmI() {
        return HarvestRequest.of(client, Call.get("/account/who_am_i").reading(Account::readWhoAmI));
    }

    /**
     * {@code GET /account/rate_limit_status}: the throttle's state for the account (this call is
     * not counted against the limit).
     *
     * @return the request
     */
    public HarvestRequest<RateLimitStatus> rateLimitStatus() {
        return HarvestRequest.of(client,
                Call.get("/account/rate_limit_status").decoding(RateLimitStatus.class, RATE_LIMIT_STATUS));
    }

    @Override
    public String toString() {
        return "Account{" + client + "}";
    }

    /** Reads a {@code who_am_i} answer, which must hold the company and the user. */
    private static WhoAmI readWhoAmI(Response response, Codec codec) {
        WhoAmI answer = codec.decode(response.body(), WhoAmI.class, WHO_AM_I);
        if (answer.company() == null || answer.user() == null) {
            throw CodecException.incomplete(response, "who_am_i without " + (answer.company() == null ? "the company" : "the user"));
        }
        return answer;
    }
}
