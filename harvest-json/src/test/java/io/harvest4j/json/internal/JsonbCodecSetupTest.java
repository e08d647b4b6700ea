package io.harvest4j.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.CodecException;
import io.harvest4j.core.ConfigurationException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireDates;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.json.testmodel.OddNames;
import io.harvest4j.json.testmodel.Unbindable;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.spi.JsonProvider;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Building the codec, and the types and packages it cannot reach. */
class JsonbCodecSetupTest {

    private static final JsonbCodec CODEC = JsonbCodec.create();
    private static final WireShape UNWRAPPED = WireShape.object("thing").jsonUnwrapped().build();

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void missingJsonProcessingFailsWithAClearMessage() {
        assertThatThrownBy(() -> JsonbCodec.create(() -> {
            throw new JsonException("Provider org.eclipse.parsson.JsonProviderImpl not found");
        }, JsonbBuilder::newBuilder))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("add org.eclipse.parsson:parsson")
                .hasMessageContaining("Provider org.eclipse.parsson.JsonProviderImpl not found");
    }

    @Test
    void missingJsonBindingFailsWithAClearMessage() {
        assertThatThrownBy(() -> JsonbCodec.create(JsonProvider::provider, () -> {
            throw new JsonbException("JSON Binding provider org.eclipse.yasson.JsonBindingProvider not found");
        }))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("add org.eclipse:yasson");
    }

    @Test
    void namesAgreeWithYassonBothWays() {
        OddNames names = OddNames.allSetTo("v");

        byte[] body = CODEC.encode(names, UNWRAPPED);

        assertThat(new String(body, StandardCharsets.UTF_8))
                .isEqualTo("{\"a_bc\":\"v\",\"address2line\":\"v\",\"user_id\":\"v\",\"x\":\"v\"}");
        assertThat(CODEC.decode(body, OddNames.class, UNWRAPPED)).isEqualTo(names);
        assertThat(CODEC.decode(body, OddNames.class, UNWRAPPED).cache()).isNull();
    }

    @Test
    void keysTheServiceSpellsOtherwiseThanJsonbFindTheirFieldsByTheirLetters() {
        // the service writes address2_line (as it writes tax2_amount) and a_b_c (as send_me_a_copy)
        byte[] body = "{\"a_b_c\":\"v\",\"address2_line\":\"v\",\"user_i_d\":\"v\",\"x\":\"v\"}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(CODEC.decode(body, OddNames.class, UNWRAPPED)).isEqualTo(OddNames.allSetTo("v"));
    }

    @Test
    void wireNamesFollowTheUnderscoreStrategy() {
        assertThat(JsonNames.wireName("createdAt")).isEqualTo("created_at");
        assertThat(JsonNames.wireName("dayEntries")).isEqualTo("day_entries");
        assertThat(JsonNames.wireName("hoursForPreviouslyRunningTimer")).isEqualTo("hours_for_previously_running_timer");
        assertThat(JsonNames.wireName("id")).isEqualTo("id");
    }

    @Test
    void aPackageNotOpenToTheCodecIsNamedWithTheFix() {
        // io.harvest4j.core.codec is exported, not opened: WireDates' private constructor is out of reach
        assertThatThrownBy(() -> CODEC.decode(bytes("{}"), WireDates.class, UNWRAPPED))
                .isExactlyInstanceOf(CodecException.class)
                .hasMessageContaining("cannot decode io.harvest4j.core.codec.WireDates from application/json")
                .hasMessageContaining("add 'opens io.harvest4j.core.codec to io.harvest4j.json, org.eclipse.yasson;'"
                        + " to module io.harvest4j.core");
    }

    @Test
    void aPackageNotOpenToYassonIsNamedWithTheFix() {
        assertThatThrownBy(() -> CODEC.encode(Format.JSON, UNWRAPPED))
                .isExactlyInstanceOf(CodecException.class)
                .hasMessageContaining("cannot encode io.harvest4j.core.codec.Format as application/json")
                .hasMessageContaining("module io.harvest4j.core does not open io.harvest4j.core.codec to org.eclipse.yasson")
                .hasMessageContaining("add 'opens io.harvest4j.core.codec to io.harvest4j.json, org.eclipse.yasson;'"
                        + " to module io.harvest4j.core");
    }

    @Test
    void classWithoutNoArgumentConstructor() {
        assertThatThrownBy(() -> CODEC.decode(bytes("{\"id\":1}"), Unbindable.NoDefaultConstructor.class, UNWRAPPED))
                .isExactlyInstanceOf(CodecException.class)
                .hasMessageContaining("has no no-argument constructor");
    }

    @Test
    void fieldWithoutConversion() {
        assertThatThrownBy(() -> CODEC.decode(bytes("{\"uuid\":\"x\"}"), Unbindable.UnsupportedField.class, UNWRAPPED))
                .isExactlyInstanceOf(CodecException.class)
                .hasMessageContaining("no JSON conversion for java.util.UUID");
    }

    @Test
    void rawList() {
        assertThatThrownBy(() -> CODEC.decode(bytes("{\"items\":[]}"), Unbindable.RawList.class, UNWRAPPED))
                .isExactlyInstanceOf(CodecException.class)
                .hasMessageContaining("raw type java.util.List");
    }

    @Test
    void failingConstructor() {
        assertThatThrownBy(() -> CODEC.decode(bytes("{}"), Unbindable.FailingConstructor.class, UNWRAPPED))
                .isExactlyInstanceOf(CodecException.class)
                .hasMessageContaining("refusing to be built");
    }

    @Test
    void interfacesAreNoModels() {
        assertThatThrownBy(() -> CODEC.decode(bytes("{}"), io.harvest4j.core.codec.Codec.class, UNWRAPPED))
                .isExactlyInstanceOf(CodecException.class)
                .hasMessageContaining("io.harvest4j.core.codec.Codec is not a model class");
    }

    @Test
    void oneCodecServesManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                int n = i;
                calls.add(() -> new String(CODEC.encode(CODEC.decode(bytes("{\"user_id\":\"" + n + "\"}"),
                        OddNames.class, UNWRAPPED), UNWRAPPED), StandardCharsets.UTF_8));
            }
            List<Future<String>> results = pool.invokeAll(calls);
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo("{\"user_id\":\"" + i + "\"}");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
