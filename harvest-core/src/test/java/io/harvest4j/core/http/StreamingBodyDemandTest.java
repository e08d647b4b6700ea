package io.harvest4j.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

/**
 * The demand a {@link StreamingBody} puts on its connection: {@value StreamingBody#CHUNKS_AHEAD}
 * chunks at first, then {@value StreamingBody#ASKED_TOGETHER} at a time as the reader gets through
 * them, so that the chunks delivered and not yet read never exceed the first ask, and a reader
 * waiting for bytes always has chunks asked for.
 */
class StreamingBodyDemandTest {

    /** A subscription that only records what is asked of it. */
    private static final class Recorded implements Flow.Subscription {
        final List<Long> asks = new ArrayList<>();
        boolean cancelled;

        long outstanding() {
            return asks.stream().mapToLong(Long::longValue).sum();
        }

        @Override
        public void request(long n) {
            asks.add(n);
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    private static List<ByteBuffer> chunk(int value) {
        return List.of(ByteBuffer.wrap(new byte[] {(byte) value}));
    }

    @Test
    void asksForChunksAheadAtFirstThenForHalfAsManyAtATimeAsTheyAreRead() {
        StreamingBody body = new StreamingBody(Request.builder(HttpMethod.GET, URI.create("https://a.example/r")).build(),
                Duration.ofSeconds(5));
        Recorded connection = new Recorded();
        body.onSubscribe(connection);
        assertThat(connection.asks).containsExactly((long) StreamingBody.CHUNKS_AHEAD);

        int delivered = 0;
        int read = 0;
        for (int round = 0; round < 5; round++) {
            // the connection delivers all it was asked for; the reader reads each chunk
            while (delivered < connection.outstanding()) {
                body.onNext(chunk(delivered++));
                assertThat(delivered - read).isLessThanOrEqualTo(StreamingBody.CHUNKS_AHEAD);
            }
            while (read < delivered) {
                assertThat(body.read()).isEqualTo(read++ & 0xff);
            }
            // the reader has read all there is and would wait: chunks are asked for and not delivered
            assertThat(connection.outstanding() - delivered)
                    .isGreaterThanOrEqualTo(StreamingBody.CHUNKS_AHEAD - StreamingBody.ASKED_TOGETHER);
        }
        body.onComplete();

        assertThat(body.read()).isEqualTo(-1);
        assertThat(connection.asks.subList(1, connection.asks.size()))
                .isNotEmpty()
                .allMatch(n -> n == StreamingBody.ASKED_TOGETHER);
        assertThat(connection.cancelled).isFalse();
    }
}
