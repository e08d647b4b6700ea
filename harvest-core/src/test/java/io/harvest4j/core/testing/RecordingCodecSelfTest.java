package io.harvest4j.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.CodecException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireShape;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The fake codec itself: plain text, canned answers, and a record of every use. */
class RecordingCodecSelfTest {

    private static final WireShape CLIENT = WireShape.object("client").build();
    private static final WireShape CLIENTS = WireShape.list("clients", "client").build();

    private final RecordingCodec codec = new RecordingCodec(Format.XML);

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsTextAndWritesTheRootBeforeTheValue() {
        assertThat(codec.decode(bytes("Acme"), String.class, CLIENT)).isEqualTo("Acme");
        assertThat(codec.decodeList(bytes("a,b"), String.class, CLIENTS)).containsExactly("a", "b");
        assertThat(codec.decodeList(new byte[0], String.class, CLIENTS)).isEmpty();
        assertThat(new String(codec.encode("Acme", CLIENT), StandardCharsets.UTF_8)).isEqualTo("<client>Acme");
        assertThat(codec.format()).isEqualTo(Format.XML);
    }

    @Test
    void answersOtherTypesAsTold() {
        codec.answering(Integer.class, 7).answeringFromText(Long.class, Long::valueOf);

        assertThat(codec.decode(bytes("anything"), Integer.class, CLIENT)).isEqualTo(7);
        assertThat(codec.decodeList(bytes("1,2"), Long.class, CLIENTS)).containsExactly(1L, 2L);
        assertThatThrownBy(() -> codec.decode(bytes("x"), Double.class, CLIENT))
                .isInstanceOf(CodecException.class).hasMessageContaining("answering(type, value)");
        assertThatThrownBy(() -> codec.decode(new byte[0], String.class, CLIENT))
                .isInstanceOf(CodecException.class).hasMessageContaining("(empty)");
    }

    @Test
    void recordsEveryUseWithItsShape() {
        codec.decode(bytes("a"), String.class, CLIENT);
        codec.encode("b", CLIENTS);

        assertThat(codec.shapes()).containsExactly(CLIENT, CLIENTS);
        assertThat(codec.onlyDecoded().type()).isEqualTo(String.class);
        assertThat(codec.onlyDecoded().value()).isEmpty();
        assertThat(codec.onlyEncoded().value()).contains("b");
        assertThat(codec.onlyEncoded().kind()).isEqualTo(RecordingCodec.Use.Kind.ENCODE);
        codec.decodeList(bytes("c"), String.class, CLIENTS);
        assertThatThrownBy(codec::onlyDecoded).isInstanceOf(AssertionError.class).hasMessageContaining("exactly one");
    }

    @Test
    void readsMessagesAfterTheirPrefix() {
        assertThat(codec.errorMessage(bytes("message:Not here"))).contains("Not here");
        assertThat(codec.errorMessage(bytes("<html/>"))).isEmpty();
    }
}
