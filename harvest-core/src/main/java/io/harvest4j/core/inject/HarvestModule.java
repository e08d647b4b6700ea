package io.harvest4j.core.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
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
import java.util.Set;

/**
 * Composes a {@link HarvestClient} with Guice. Every part has a default that an application
 * replaces with {@link OptionalBinder#setBinding()} in its own module:
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(new HarvestModule(config), new AbstractModule() {
 *     protected void configure() {
 *         OptionalBinder.newOptionalBinder(binder(), Authenticator.class)
 *                 .setBinding().toInstance(BasicAuthenticator.of("me@example.com", password));
 *         Multibinder.newSetBinder(binder(), CodecProvider.class).addBinding().to(MyCodecProvider.class);
 *     }
 * });
 * TimeTracking timeTracking = injector.getInstance(TimeTracking.class);
 * }</pre>
 *
 * Seats: {@link Transport}, {@link Codec}, {@link Authenticator}, {@link RetryPolicy},
 * {@link RateLimiter}, {@link Sleeper}, {@link Clock}; codec providers added to the
 * {@code Set<CodecProvider>} multibinder are asked before those {@link java.util.ServiceLoader}
 * finds. Guice never constructs what {@code ServiceLoader} found. The defaults are made by the same
 * code as {@link io.harvest4j.core.Harvest#builder()}'s.
 */
public final class HarvestModule extends AbstractModule {

    private final HarvestConfig config;

    /** @param config the account, format and limits */
    public HarvestModule(HarvestConfig config) {
        this.config = Checks.setting("HarvestModule.config", config);
    }

    @Override
    protected void configure() {
        bind(HarvestConfig.class).toInstance(config);
        Multibinder.newSetBinder(binder(), CodecProvider.class);
        OptionalBinder.newOptionalBinder(binder(), Transport.class).setDefault()
                .toProvider(DefaultTransport.class).in(Singleton.class);
        OptionalBinder.newOptionalBinder(binder(), Codec.class).setDefault()
                .toProvider(DiscoveredCodec.class).in(Singleton.class);
        OptionalBinder.newOptionalBinder(binder(), Authenticator.class).setDefault().toInstance(Authenticator.NONE);
        OptionalBinder.newOptionalBinder(binder(), RetryPolicy.class).setDefault()
                .toProvider(StandardRetry.class).in(Singleton.class);
        OptionalBinder.newOptionalBinder(binder(), RateLimiter.class).setDefault()
                .toProvider(DefaultRateLimiter.class).in(Singleton.class);
        OptionalBinder.newOptionalBinder(binder(), Sleeper.class).setDefault().toInstance(Sleeper.SYSTEM);
        OptionalBinder.newOptionalBinder(binder(), Clock.class).setDefault().toInstance(Clock.systemUTC());
        bind(HarvestClient.class).in(Singleton.class);
    }

    /** The JDK transport, configured. */
    static final class DefaultTransport implements jakarta.inject.Provider<Transport> {
        private final HarvestConfig config;

        @jakarta.inject.Inject
        DefaultTransport(HarvestConfig config) {
            this.config = config;
        }

        @Override
        public Transport get() {
            return Defaults.transport(config);
        }
    }

    /** The codec {@link Defaults#codec} finds, asking the multibound providers first. */
    static final class DiscoveredCodec implements jakarta.inject.Provider<Codec> {
        private final HarvestConfig config;
        private final Set<CodecProvider> providers;

        @jakarta.inject.Inject
        DiscoveredCodec(HarvestConfig config, Set<CodecProvider> providers) {
            this.config = config;
            this.providers = providers;
        }

        @Override
        public Codec get() {
            return Defaults.codec(config, new ArrayList<>(providers));
        }
    }

    /** The throttle governor, on the bound sleeper and clock: one per injector, shared by its client's threads. */
    static final class DefaultRateLimiter implements jakarta.inject.Provider<RateLimiter> {
        private final HarvestConfig config;
        private final Sleeper sleeper;
        private final Clock clock;

        @jakarta.inject.Inject
        DefaultRateLimiter(HarvestConfig config, Sleeper sleeper, Clock clock) {
            this.config = config;
            this.sleeper = sleeper;
            this.clock = clock;
        }

        @Override
        public RateLimiter get() {
            return Defaults.rateLimiter(config, sleeper, clock);
        }
    }

    /** The standard retry policy, on the bound clock. */
    static final class StandardRetry implements jakarta.inject.Provider<RetryPolicy> {
        private final HarvestConfig config;
        private final Clock clock;

        @jakarta.inject.Inject
        StandardRetry(HarvestConfig config, Clock clock) {
            this.config = config;
            this.clock = clock;
        }

        @Override
        public RetryPolicy get() {
            return Defaults.retryPolicy(config, clock);
        }
    }
}
