package io.harvest4j.core.internal;

import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.ThrottleGovernors;
import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.CodecProvider;
import io.harvest4j.core.codec.CodecRegistry;
import io.harvest4j.core.http.JdkHttpTransport;
import io.harvest4j.core.http.Transport;
import io.harvest4j.core.spi.RateLimiter;
import io.harvest4j.core.spi.RetryPolicy;
import io.harvest4j.core.spi.Sleeper;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The default parts of a client, made in one place for both front doors: the builder and the
 * Guice module call these same methods, so a client is composed the same way through either.
 */
public final class Defaults {

    private Defaults() {
    }

    /** @return the JDK transport, configured */
    public static Transport transport(HarvestConfig config) {
        return JdkHttpTransport.create(config);
    }

    /**
     * @param config the client's configuration
     * @param explicit providers to ask before those {@link java.util.ServiceLoader} finds
     * @return the codec for the configured format
     */
    public static Codec codec(HarvestConfig config, List<? extends CodecProvider> explicit) {
        return CodecRegistry.discovering(explicit).codecFor(config);
    }

    /** @return the governor that keeps the account under the configured throttle, waiting on the sleeper: shared by the clients of the account */
    public static RateLimiter rateLimiter(HarvestConfig config, Sleeper sleeper, Clock clock) {
        return ThrottleGovernors.forAccount(config, sleeper, clock);
    }

    /** @return the standard retry policy, with the configuration's limits */
    public static RetryPolicy retryPolicy(HarvestConfig config, Clock clock) {
        return new StandardRetryPolicy(config.maxAttempts(), config.maxRetryWait(), clock,
                bound -> ThreadLocalRandom.current().nextLong(bound));
    }
}
