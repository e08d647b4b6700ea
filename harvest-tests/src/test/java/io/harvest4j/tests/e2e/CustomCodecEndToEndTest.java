package io.harvest4j.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.multibindings.OptionalBinder;
import io.harvest4j.auth.BasicAuthenticator;
import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.inject.HarvestModule;
import io.harvest4j.core.spi.Authenticator;
import io.harvest4j.extended.Account;
import io.harvest4j.extended.model.WhoAmI;
import io.harvest4j.tests.e2e.codec.TreeJsonCodec;
import io.harvest4j.tests.e2e.codec.TreeJsonCodecProvider;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import io.harvest4j.tests.simulator.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A codec defined only in these tests, with nothing of harvest-json, plugs in without any change to
 * harvest4j: found by {@code ServiceLoader} through the tests' {@code META-INF/services}, and
 * swapped in with Guice's {@code setBinding()}.
 */
class CustomCodecEndToEndTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    private HarvestConfig.Builder config() {
        // the requests are counted one call at a time: no read of rate_limit_status besides
        return HarvestConfig.builder().baseUri(SIMULATOR.uri()).format(Format.JSON).learnRateLimit(false);
    }

    @Test
    void aProviderFoundByServiceLoaderServesTheCallsWhenChosenByName() {
        HarvestClient client = Harvest.builder()
                .config(config().codecProvider(TreeJsonCodecProvider.NAME).build())
                .authenticator(BasicAuthenticator.of(Seed.ADMIN_EMAIL, Seed.ADMIN_PASSWORD))
                .build();

        WhoAmI me = new Account(client).whoAmI().execute();

        assertThat(client.codec()).isInstanceOf(TreeJsonCodec.class);
        assertThat(((TreeJsonCodec) client.codec()).decodes()).isEqualTo(1);
        assertThat(me.user().email()).isEqualTo(Seed.ADMIN_EMAIL);
        assertThat(me.user().isAdmin()).isTrue();
        assertThat(me.company().name()).isEqualTo(Seed.COMPANY_NAME);
    }

    @Test
    void unlessChosenItPassesAndTheStandardCodecServes() {
        HarvestClient client = Harvest.builder().config(config().build()).build();

        assertThat(client.codec()).isNotInstanceOf(TreeJsonCodec.class);
        assertThat(client.codec().getClass().getModule().getName() + client.codec().getClass().getName())
                .contains("io.harvest4j.json");
    }

    @Test
    void guiceSwapsTheCodecSeatWithSetBinding() {
        TreeJsonCodec codec = new TreeJsonCodec();
        Injector injector = Guice.createInjector(new HarvestModule(config().build()), new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), Codec.class).setBinding().toInstance(codec);
                OptionalBinder.newOptionalBinder(binder(), Authenticator.class).setBinding()
                        .toInstance(BasicAuthenticator.of(Seed.USER_EMAIL, Seed.USER_PASSWORD));
            }
        });

        WhoAmI me = injector.getInstance(Account.class).whoAmI().execute();

        assertThat(injector.getInstance(HarvestClient.class).codec()).isSameAs(codec);
        assertThat(codec.decodes()).isEqualTo(1);
        assertThat(me.user().id()).isEqualTo(Seed.USER_ID);
    }
}
