package io.harvest4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.http.Headers;
import io.harvest4j.core.http.Transport;
import io.harvest4j.core.testing.RecordingCodec;
import io.harvest4j.core.testing.RecordingTransport;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Where a blocking call's answer is decoded: on the calling thread when the answer is small and
 * the codec {@linkplain Codec#decodesPromptly() decodes promptly} (no hand-off), on the decoder
 * thread otherwise (so that the caller can stop at the deadline, see {@link DecodingDeadlineTest});
 * and a prompt decode that ends after the deadline still fails the call.
 */
class PromptDecodingTest {

    private static final WireShape HASH = WireShape.object("hash").jsonUnwrapped().build();

    /** The name of the thread that ran the call's reader. */
    private static Call<String> readerThread() {
        return Call.get("/daily").reading((response, codec) -> {
            codec.decode(response.body(), String.class, HASH);
            return Thread.currentThread().getName();
        });
    }

    /** A codec as {@link RecordingCodec}, which says it decodes promptly or not, and may take its time. */
    private static Codec codec(boolean prompt, Duration taking) {
        return new PausingCodec(prompt, () -> {
            try {
                Thread.sleep(taking.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** A transport with a blocking send of its own, as the JDK's is, answering 200 with {@code body}. */
    private static Transport blocking(byte[] body) {
        return BlockingTransport.over(new RecordingTransport()
                .otherwise(RecordingTransport.Answer.of(200, body, Headers.empty())));
    }

    private static HarvestClient client(Transport transport, Codec codec) {
        return Harvest.builder()
                .config(HarvestConfig.builder().baseUri("http://127.0.0.1:9").format(Format.XML).build())
                .transport(transport).codec(codec).build();
    }

    private static byte[] bytes(int length) {
        byte[] body = new byte[length];
        Arrays.fill(body, (byte) 'a');
        return body;
    }

    @Test
    void aSmallAnswerOfAPromptCodecIsDecodedOnTheCallingThread() {
        try (HarvestClient client = client(blocking(bytes(10)), codec(true, Duration.ZERO))) {
            assertThat(client.send(readerThread())).isEqualTo(Thread.currentThread().getName());
        }
    }

    @Test
    void anAnswerOfExactlyTheLimitIsStillDecodedOnTheCallingThread() {
        try (HarvestClient client = client(blocking(bytes(HarvestClient.PROMPT_DECODE_BYTES)), codec(true, Duration.ZERO))) {
            assertThat(client.send(readerThread())).isEqualTo(Thread.currentThread().getName());
        }
    }

    @Test
    void aLargerAnswerGoesToTheDecoderThread() {
        try (HarvestClient client = client(blocking(bytes(HarvestClient.PROMPT_DECODE_BYTES + 1)), codec(true, Duration.ZERO))) {
            assertThat(client.send(readerThread())).isEqualTo("harvest4j-decoder");
        }
    }

    @Test
    void theAnswerOfACodecThatDoesNotSayItDecodesPromptlyGoesToTheDecoderThread() {
        try (HarvestClient client = client(blocking(bytes(10)), codec(false, Duration.ZERO))) {
            assertThat(client.send(readerThread())).isEqualTo("harvest4j-decoder");
        }
    }

    @Test
    void aCodecDoesNotDecodePromptlyUnlessItSaysSo() {
        assertThat(new RecordingCodec(Format.JSON).decodesPromptly()).isFalse();
    }

    @Test
    void anAsynchronousCallDecodesWhereItsAnswerArrived() {
        RecordingTransport later = new RecordingTransport()
                .otherwise(RecordingTransport.Answer.of(200, "ok").after(Duration.ofMillis(10)));
        try (HarvestClient client = client(later, codec(true, Duration.ZERO))) {
            String thread = client.sendAsync(readerThread()).join();
            assertThat(thread).isNotEqualTo(Thread.currentThread().getName()).isNotEqualTo("harvest4j-decoder");
        }
    }

    @Test
    void aPromptDecodeThatEndsAfterTheDeadlineFailsTheCallAllTheSame() {
        try (HarvestClient client = client(blocking(bytes(10)), codec(true, Duration.ofMillis(300)))) {
            assertThatThrownBy(() -> client.send(readerThread().withTimeout(Duration.ofMillis(100))))
                    .isInstanceOf(TransportException.class).hasMessageContaining("in time")
                    .hasMessageContaining("was not decoded within the timeout of PT0.1S");
        }
    }

    @Test
    void soDoesAWriteWhichThenMayHaveBeenProcessed() {
        try (HarvestClient client = client(blocking(bytes(10)), codec(true, Duration.ofMillis(300)))) {
            assertThatThrownBy(() -> client.send(Call.post("/daily/add").body("entry", HASH).decoding(String.class, HASH)
                    .withTimeout(Duration.ofMillis(100))))
                    .isInstanceOf(MayHaveBeenProcessedException.class).hasCauseInstanceOf(TransportException.class);
        }
    }

    @Test
    void aPromptDecodeThatFailsFailsTheCallWithTheCodecsException() {
        try (HarvestClient client = client(blocking(bytes(10)), codec(true, Duration.ZERO))) {
            Call<String> broken = Call.get("/daily").reading((response, codec) -> {
                throw new CodecException("not a day");
            });
            assertThatThrownBy(() -> client.send(broken)).isInstanceOf(CodecException.class).hasMessage("not a day");
        }
    }
}
