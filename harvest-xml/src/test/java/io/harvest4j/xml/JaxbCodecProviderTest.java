package io.harvest4j.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.CodecProvider;
import io.harvest4j.core.codec.CodecRegistry;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.testing.Part;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The provider: its name, what it serves, and how it is found. */
class JaxbCodecProviderTest {

    private static HarvestConfig config(Format format) {
        return HarvestConfig.builder().baseUri("http://127.0.0.1:1").format(format).build();
    }

    @Test
    void isNamedJaxb() {
        assertThat(new JaxbCodecProvider().name()).isEqualTo("jaxb").isEqualTo(JaxbCodecProvider.NAME);
    }

    @Test
    void servesXml() {
        Optional<Codec> codec = new JaxbCodecProvider().create(Format.XML, config(Format.XML));

        assertThat(codec).isPresent();
        assertThat(codec.get().format()).isEqualTo(Format.XML);
    }

    @Test
    void itsCodecDecodesPromptlySoABlockingCallsSmallAnswerIsReadOnTheCallingThread() {
        assertThat(new JaxbCodecProvider().create(Format.XML, config(Format.XML)).orElseThrow().decodesPromptly()).isTrue();
    }

    @Test
    void passesForEveryOtherFormat() {
        JaxbCodecProvider provider = new JaxbCodecProvider();

        assertThat(provider.create(Format.JSON, config(Format.JSON))).isEmpty();
        assertThat(provider.create(Format.of("text/csv"), config(Format.JSON))).isEmpty();
    }

    @Test
    void isFoundByTheCodecRegistry() {
        Codec codec = CodecRegistry.discovering().codecFor(config(Format.XML));

        assertThat(codec.format()).isEqualTo(Format.XML);
        assertThat(codec.getClass().getModule()).isEqualTo(JaxbCodecProvider.class.getModule());
        Part part = codec.decode("<part><name>Bolt</name></part>".getBytes(StandardCharsets.UTF_8), Part.class,
                WireShape.object("part").build());
        assertThat(part.name()).isEqualTo("Bolt");
    }

    @Test
    void isFoundByNameWhenTheConfigurationNamesIt() {
        HarvestConfig named = config(Format.XML).toBuilder().codecProvider("jaxb").build();

        assertThat(CodecRegistry.discovering().codecFor(named).format()).isEqualTo(Format.XML);
    }

    @Test
    void isDeclaredForTheModulePathAndTheClassPath() throws Exception {
        Module module = JaxbCodecProvider.class.getModule();
        assertThat(module.isNamed()).isTrue();
        ModuleDescriptor descriptor = module.getDescriptor();
        assertThat(descriptor.provides()).anySatisfy(provides -> {
            assertThat(provides.service()).isEqualTo(CodecProvider.class.getName());
            assertThat(provides.providers()).containsExactly(JaxbCodecProvider.class.getName());
        });
        assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactly("io.harvest4j.xml");

        try (InputStream services = module.getResourceAsStream(
                "META-INF/services/" + CodecProvider.class.getName())) {
            assertThat(services).isNotNull();
            assertThat(new String(services.readAllBytes(), StandardCharsets.UTF_8).strip())
                    .isEqualTo(JaxbCodecProvider.class.getName());
        }
    }

    @Test
    void isCheapToMakeAndDescribesItself() {
        assertThat(new JaxbCodecProvider()).hasToString("JaxbCodecProvider[jaxb, application/xml]");
        assertThat(List.of(new JaxbCodecProvider(), new JaxbCodecProvider())).hasSize(2);
    }
}
