package io.harvest4j.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.ConfigurationException;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.testing.RecordingCodec;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CodecRegistryTest {

    private static final Format YAML = Format.of("application/x-yaml; charset=utf-8");

    private static CodecProvider provider(String name, Format serves) {
        return new CodecProvider() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<Codec> create(Format format, HarvestConfig config) {
                return format.equals(serves) ? Optional.of(new RecordingCodec(serves)) : Optional.empty();
            }
        };
    }

    private static HarvestConfig config(Format format) {
        return HarvestConfig.builder().baseUri("http://127.0.0.1:1").format(format).build();
    }

    @Test
    void theFirstProviderServingTheFormatWins() {
        Codec codec = CodecRegistry.of(List.of(provider("json-one", Format.JSON), provider("yaml", YAML)))
                .codecFor(config(YAML));

        assertThat(codec.format()).isEqualTo(YAML);
        assertThat(YAML.mediaType()).isEqualTo("application/x-yaml");
    }

    @Test
    void aNamedProviderIsTheOnlyOneAsked() {
        CodecRegistry registry = CodecRegistry.of(List.of(provider("first", YAML), provider("second", YAML)));
        HarvestConfig wantsSecond = config(YAML).toBuilder().codecProvider("second").build();

        assertThat(registry.codecFor(wantsSecond)).isNotNull();
        assertThatThrownBy(() -> registry.codecFor(config(YAML).toBuilder().codecProvider("third").build()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("named 'third'");
    }

    @Test
    void whenNothingFitsTheErrorListsWhatWasTriedAndWhy() {
        CodecProvider broken = new CodecProvider() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public Optional<Codec> create(Format format, HarvestConfig config) {
                throw new IllegalStateException("Provider org.eclipse.parsson.JsonProviderImpl not found");
            }
        };

        assertThatThrownBy(() -> CodecRegistry.of(List.of(broken, provider("json-one", Format.JSON))).codecFor(config(YAML)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("no codec for application/x-yaml")
                .hasMessageContaining("broken")
                .hasMessageContaining("JsonProviderImpl not found")
                .hasMessageContaining("json-one")
                .hasMessageContaining("passed");
    }

    @Test
    void aProviderThatFailsDoesNotHideTheOthers() {
        CodecProvider broken = new CodecProvider() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public Optional<Codec> create(Format format, HarvestConfig config) {
                throw new NoClassDefFoundError("jakarta/json/Json");
            }
        };

        assertThat(CodecRegistry.of(List.of(broken, provider("yaml", YAML))).codecFor(config(YAML)).format()).isEqualTo(YAML);
    }

    @Test
    void withNoProviderAtAllTheErrorNamesTheArtifactToAdd() {
        assertThatThrownBy(() -> CodecRegistry.of(List.of()).codecFor(config(Format.XML)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("add the artifact io.harvest4j:harvest-xml (module io.harvest4j.xml)")
                .hasMessageContaining("no CodecProvider was found");
        assertThatThrownBy(() -> CodecRegistry.of(List.of()).codecFor(config(Format.JSON)))
                .hasMessageContaining("io.harvest4j:harvest-json");
        assertThatThrownBy(() -> CodecRegistry.of(List.of()).codecFor(config(YAML)))
                .hasMessageContaining("a codec module whose CodecProvider serves application/x-yaml");
    }

    @Test
    void xmlAskedWithOnlyAJsonProviderNamesTheXmlArtifactAndWhatWasTried() {
        assertThatThrownBy(() -> CodecRegistry.of(List.of(provider("jsonb", Format.JSON))).codecFor(config(Format.XML)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("no codec for application/xml: add the artifact io.harvest4j:harvest-xml")
                .hasMessageContaining("tried: jsonb");
    }
}
