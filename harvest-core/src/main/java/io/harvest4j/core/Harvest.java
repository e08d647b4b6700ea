package io.harvest4j.core;

import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.CodecProvider;
import io.harvest4j.core.http.Transport;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.core.internal.Defaults;
import io.harvest4j.core.spi.Authenticator;
import io.harvest4j.core.spi.RateLimiter;
import io.harvest4j.core.spi.RetryPolicy;
import io.harvest4j.core.spi.Sleeper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The front door for applications that do not use Guice.
 *
 * <pre>{@code
 * HarvestClient client = Harvest.builder()
 *         .config(HarvestConfig.builder().subdomain("demo").format(Format.XML)
 *                 .applicationName("Timesheet Sync/2.1").build())
 *         .authenticator(BasicAuthenticator.of("me@example.com", password))
 *         .build();
 * }</pre>
 *
 * Every part left unset takes the same default as in {@link io.harvest4j.core.inject.HarvestModule}:
 * the JDK transport, the codec that {@link java.util.ServiceLoader} finds for the format, no
 * credentials, the standard retry policy, a {@link ThrottleGovernor} for the configured throttle.
 */
public final class Harvest {

    private Harvest() {
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link HarvestClient}; not thread-safe. */
    public static final class Builder {
        private HarvestConfig config;
        private Transport transport;
        private Codec codec;
        private final List<CodecProvider> codecProviders = new ArrayList<>();
        private Authenticator authenticator = Authenticator.NONE;
        private RetryPolicy retryPolicy;
        private RateLimiter rateLimiter;
        private Sleeper sleeper = Sleeper.SYSTEM;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * @param config the account, format and limits (required)
         * @return this builder
         */
        public Builder config(HarvestConfig config) {
            this.config = Checks.setting("Harvest.Builder.config", config);
            return this;
        }

        /**
         * @param transport replaces the JDK transport
         * @return this builder
         */
        public Builder transport(Transport transport) {
            this.transport = Checks.setting("Harvest.Builder.transport", transport);
            return this;
        }

        /**
         * @param codec uses this codec, bypassing discovery; it must serve the configured format
         * @return this builder
         */
        public Builder codec(Codec codec) {
            this.codec = Checks.setting("Harvest.Builder.codec", codec);
            return this;
        }

        /**
         * @param provider asked for a codec before the providers that {@link java.util.ServiceLoader} finds
         * @return this builder
         */
        public Builder codecProvider(CodecProvider provider) {
            this.codecProviders.add(Checks.setting("Harvest.Builder.codecProvider", provider));
            return this;
        }

        /**
         * @param authenticator who the calls are made as; default none
         * @return this builder
         */
        public Builder authenticator(Authenticator authenticator) {
            this.authenticator = Checks.setting("Harvest.Builder.authenticator", authenticator);
            return this;
        }

        /**
         * @param retryPolicy replaces the standard policy ({@link RetryPolicy#NEVER} to never retry)
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Checks.setting("Harvest.Builder.retryPolicy", retryPolicy);
            return this;
        }

        /**
         * @param rateLimiter paces the calls; default a {@link ThrottleGovernor} for the configured
         *     throttle ({@link RateLimiter#UNLIMITED} for none)
         * @return this builder
         */
        public Builder rateLimiter(RateLimiter rateLimiter) {
            this.rateLimiter = Checks.setting("Harvest.Builder.rateLimiter", rateLimiter);
            return this;
        }

        /**
         * @param sleeper how waits are made (tests make them instant)
         * @return this builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Checks.setting("Harvest.Builder.sleeper", sleeper);
            return this;
        }

        /**
         * @param clock the time source, for {@code Retry-After} dates and token expiry
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Checks.setting("Harvest.Builder.clock", clock);
            return this;
        }

        /**
         * @return the client
         * @throws ConfigurationException when no configuration was given or no codec fits
         */
        public HarvestClient build() {
            if (config == null) {
                throw new ConfigurationException("a HarvestConfig is required: Harvest.builder().config(…)");
            }
            Codec chosen = codec != null ? codec : Defaults.codec(config, codecProviders);
            RetryPolicy policy = retryPolicy != null ? retryPolicy : Defaults.retryPolicy(config, clock);
            RateLimiter limiter = rateLimiter != null ? rateLimiter : Defaults.rateLimiter(config, sleeper, clock);
            Transport chosenTransport = transport != null ? transport : Defaults.transport(config);
            return new HarvestClient(config, chosenTransport, chosen, authenticator, policy, limiter, sleeper, clock);
        }
    }
}
