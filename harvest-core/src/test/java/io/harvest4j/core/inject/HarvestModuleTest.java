package io.harvest4j.core.inject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.OptionalBinder;
import io.harvest4j.core.Call;
import io.harvest4j.core.ConfigurationException;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.ThrottleGovernor;
import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.CodecProvider;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.http.Transport;
import io.harvest4j.core.spi.Authenticator;
import io.harvest4j.core.spi.RateLimiter;
import io.harvest4j.core.testing.RecordingCodec;
import io.harvest4j.core.testing.RecordingTransport;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HarvestModuleTest {

    private static final Format YAML = Format.of("application/x-yaml");
    private final HarvestConfig config = HarvestConfig.builder().baseUri("http://127.0.0.1:9").format(YAML).build();

    @Test
    void composesAClientWhoseSeatsAreSwappedWithSetBinding() {
        RecordingTransport transport = new RecordingTransport().enqueue(200, "hello");
        Injector injector = Guice.createInjector(new HarvestModule(config), new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), Transport.class).setBinding().toInstance(transport);
                OptionalBinder.newOptionalBinder(binder(), Codec.class).setBinding().toInstance(new RecordingCodec(YAML));
            }
        });

        HarvestClient client = injector.getInstance(HarvestClient.class);

        assertThat(client).isSameAs(injector.getInstance(HarvestClient.class));
        assertThat(client.send(Call.get("/daily").decoding(String.class, WireShape.object("daily").build()))).isEqualTo("hello");
        assertThat(transport.requests()).hasSize(1);
        assertThat(injector.getInstance(Authenticator.class)).isSameAs(Authenticator.NONE);
        assertThat(injector.getInstance(RateLimiter.class)).isInstanceOf(ThrottleGovernor.class)
                .as("one governor per injector, shared by its client's threads")
                .isSameAs(injector.getInstance(RateLimiter.class));
    }

    @Test
    void codecProvidersAddedWithTheMultibinderAreFound() {
        Injector injector = Guice.createInjector(new HarvestModule(config), new AbstractModule() {
            @Override
            protected void configure() {
                Multibinder.newSetBinder(binder(), CodecProvider.class).addBinding().toInstance(new CodecProvider() {
                    @Override
                    public String name() {
                        return "yaml";
                    }

                    @Override
                    public Optional<Codec> create(Format format, HarvestConfig config) {
                        return format.equals(YAML) ? Optional.of(new RecordingCodec(YAML)) : Optional.empty();
                    }
                });
            }
        });

        assertThat(injector.getInstance(HarvestClient.class).codec().format()).isEqualTo(YAML);
    }

    @Test
    void withoutAnyCodecTheInjectorSaysWhatIsMissing() {
        Injector injector = Guice.createInjector(new HarvestModule(config));

        assertThatThrownBy(() -> injector.getInstance(HarvestClient.class))
                .isInstanceOf(ProvisionException.class).hasMessageContaining("no codec for application/x-yaml");
    }

    @Test
    void theModuleRefusesANullConfiguration() {
        assertThatThrownBy(() -> new HarvestModule(null)).isInstanceOf(ConfigurationException.class)
                .hasMessage("HarvestModule.config is required");
    }
}
