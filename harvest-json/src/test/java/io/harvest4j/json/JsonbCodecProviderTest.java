package io.harvest4j.json;

import static io.harvest4j.json.JsonFixtures.CONFIG;
import static io.harvest4j.json.JsonFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.CodecRegistry;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.json.testmodel.Gadget;
import org.junit.jupiter.api.Test;

/** The provider: its name, what it passes on, and that the core's registry finds it. */
class JsonbCodecProviderTest {

    @Test
    void isNamedJsonb() {
        assertThat(new JsonbCodecProvider().name()).isEqualTo("jsonb").isEqualTo(JsonbCodecProvider.NAME);
    }

    @Test
    void createsAJsonCodec() {
        Codec codec = new JsonbCodecProvider().create(Format.JSON, CONFIG).orElseThrow();

        assertThat(codec.format()).isEqualTo(Format.JSON);
        assertThat(codec).hasToString("JsonbCodec{application/json}");
    }

    @Test
    void itsCodecDecodesPromptlySoABlockingCallsSmallAnswerIsReadOnTheCallingThread() {
        assertThat(new JsonbCodecProvider().create(Format.JSON, CONFIG).orElseThrow().decodesPromptly()).isTrue();
    }

    @Test
    void passesForXmlAndOtherFormats() {
        assertThat(new JsonbCodecProvider().create(Format.XML, CONFIG)).isEmpty();
        assertThat(new JsonbCodecProvider().create(Format.of("text/csv"), CONFIG)).isEmpty();
    }

    @Test
    void eachCreateGivesAWorkingCodec() {
        Codec codec = new JsonbCodecProvider().create(Format.JSON, CONFIG).orElseThrow();

        assertThat(codec.decode(json("{'gadget':{'id':1}}"), Gadget.class, WireShape.object("gadget").build()).id())
                .isEqualTo(1);
    }

    @Test
    void isFoundThroughTheCodecRegistry() {
        HarvestConfig config = HarvestConfig.builder().baseUri("http://127.0.0.1:1").format(Format.JSON).build();

        Codec codec = CodecRegistry.discovering().codecFor(config);

        assertThat(codec.format()).isEqualTo(Format.JSON);
        assertThat(codec.decode(json("{'gadget':{'id':2,'label':'L'}}"), Gadget.class, WireShape.object("gadget").build()))
                .isEqualTo(Gadget.of(2, "L"));
    }

    @Test
    void isFoundByNameThroughTheCodecRegistry() {
        HarvestConfig config = HarvestConfig.builder().baseUri("http://127.0.0.1:1").format(Format.JSON)
                .codecProvider("jsonb").build();

        assertThat(CodecRegistry.discovering().codecFor(config).format()).isEqualTo(Format.JSON);
    }
}
