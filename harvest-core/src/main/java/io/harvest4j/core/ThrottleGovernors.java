package io.harvest4j.core;

import io.harvest4j.core.spi.Sleeper;
import java.lang.ref.WeakReference;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One {@link ThrottleGovernor} per account in the JVM: the clients that {@link Harvest#builder()}
 * makes for the same account share it, so that two clients of one account (two users, or two
 * parts of an application that each built their own) spend one budget, as the service counts it.
 *
 * <p>The throttle is the account's, not the user's (API.md §3: "100 calls in 15 seconds from one
 * account"), so the key is the account's address (scheme, host, port), with the time source:
 * clients given another clock or sleeper (tests) get a governor of their own. Clients configured
 * with different limits share one all the same, since the account has one limit: until the
 * governor has {@linkplain ThrottleGovernor#learn learnt} the service's, it paces at the strictest
 * configured (the fewest calls, the longest window); once learnt, the service's limit holds for
 * every client of the account, whatever each was configured with. This is the one piece of state
 * the JVM shares between clients, on purpose: the budget it models is itself shared by everything
 * that calls the account. Governors are held weakly: one lives as long as a client that uses it.
 */
public final class ThrottleGovernors {

    private static final Map<Key, WeakReference<ThrottleGovernor>> GOVERNORS = new HashMap<>();

    private ThrottleGovernors() {
    }

    /**
     * @param config the account's address and limit
     * @param sleeper how calls wait
     * @param clock the time source
     * @return the governor of that account, shared with every client of the account given the
     *     same sleeper and clock; its limit is the strictest configured until the service's is learnt
     */
    public static ThrottleGovernor forAccount(HarvestConfig config, Sleeper sleeper, Clock clock) {
        Key key = new Key(config.baseUri(), sleeper, clock);
        synchronized (GOVERNORS) {
            for (Iterator<WeakReference<ThrottleGovernor>> it = GOVERNORS.values().iterator(); it.hasNext();) {
                if (it.next().get() == null) {
                    it.remove();
                }
            }
            WeakReference<ThrottleGovernor> held = GOVERNORS.get(key);
            ThrottleGovernor governor = held == null ? null : held.get();
            if (governor == null) {
                governor = ThrottleGovernor.of(config, sleeper, clock);
                GOVERNORS.put(key, new WeakReference<>(governor));
            } else {
                governor.join(config.maxCalls(), config.throttleWindow());
            }
            return governor;
        }
    }

    private static final class Key {
        private final String account;
        private final Sleeper sleeper;
        private final Clock clock;

        Key(URI baseUri, Sleeper sleeper, Clock clock) {
            int port = baseUri.getPort();
            this.account = baseUri.getScheme().toLowerCase(Locale.ROOT) + "://"
                    + String.valueOf(baseUri.getHost()).toLowerCase(Locale.ROOT) + ":" + port;
            this.sleeper = sleeper;
            this.clock = clock;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Key)) {
                return false;
            }
            Key that = (Key) other;
            // the sleeper and the clock by identity: two fake clocks are two time lines
            return account.equals(that.account) && sleeper == that.sleeper && clock == that.clock;
        }

        @Override
        public int hashCode() {
            return Objects.hash(account, System.identityHashCode(sleeper), System.identityHashCode(clock));
        }
    }
}
