package io.harvest4j.tests.e2e.support;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.multibindings.OptionalBinder;
import io.harvest4j.auth.BasicAuthenticator;
import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.inject.HarvestModule;
import io.harvest4j.core.spi.Authenticator;
import java.net.URI;

/** The two front doors to a client of the simulator, for the end-to-end tests. */
public enum FrontDoor {

    /** {@code Harvest.builder()}. */
    BUILDER {
        @Override
        public Injector injector(HarvestConfig config, Authenticator authenticator) {
            HarvestClient client = Harvest.builder().config(config).authenticator(authenticator).build();
            return Guice.createInjector(binder -> binder.bind(HarvestClient.class).toInstance(client));
        }
    },

    /** Guice with {@code HarvestModule} and the authenticator set through {@code OptionalBinder}. */
    GUICE {
        @Override
        public Injector injector(HarvestConfig config, Authenticator authenticator) {
            return Guice.createInjector(new HarvestModule(config), new AbstractModule() {
                @Override
                protected void configure() {
                    OptionalBinder.newOptionalBinder(binder(), Authenticator.class).setBinding().toInstance(authenticator);
                }
            });
        }
    };

    /**
     * @return an injector from which facades are had ({@code getInstance(Account.class)}); for the
     *     builder it only hands out the client the builder made, so the facade sees that client
     */
    public abstract Injector injector(HarvestConfig config, Authenticator authenticator);

    public <T> T facade(Class<T> type, URI simulator, Format format, String email, String password) {
        HarvestConfig config = config(simulator, format);
        return injector(config, BasicAuthenticator.of(email, password)).getInstance(type);
    }

    public static HarvestConfig config(URI simulator, Format format) {
        // the tests script the simulator's answers and count its requests one call at a time: the
        // governor's read of rate_limit_status would take the first (ThrottleLearningEndToEndTest covers it)
        return HarvestConfig.builder().baseUri(simulator).format(format).applicationName("harvest4j-e2e/1.0")
                .learnRateLimit(false).build();
    }
}
