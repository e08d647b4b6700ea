package io.harvest4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.codec.DecodedItems;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.http.Response;
import io.harvest4j.core.http.StreamedResponse;
import io.harvest4j.core.http.Transport;
import io.harvest4j.core.spi.Authenticator;
import io.harvest4j.core.testing.FakeTime;
import io.harvest4j.core.testing.RecordingCodec;
import io.harvest4j.core.testing.RecordingTransport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Streamed calls ({@link HarvestClient#open}, {@link HarvestClient#stream}) through the client's
 * pipeline, over a transport that implements only {@code sendAsync} (the SPI's default
 * {@code openAsync}) and a codec that implements only {@code decodeList} (the default
 * {@code decodeItems}): what a third party's transport and codec get.
 */
class StreamedCallTest {

    private static final WireShape ITEMS = WireShape.list("items", "item").build();

    private final RecordingTransport transport = new RecordingTransport();
    private final RecordingCodec codec = new RecordingCodec(Format.XML);
    private final FakeTime time = new FakeTime();

    private HarvestClient client(Authenticator authenticator, io.harvest4j.core.codec.Codec codec, Transport transport) {
        return Harvest.builder()
                .config(HarvestConfig.builder().baseUri("http://127.0.0.1:9").format(Format.XML).build())
                .transport(transport)
                .codec(codec)
                .authenticator(authenticator)
                .sleeper(delay -> {
                    time.advance(delay);
                    return CompletableFuture.completedFuture(null);
                })
                .clock(time)
                .build();
    }

    private HarvestClient client() {
        return client(Authenticator.NONE, codec, transport);
    }

    private static Call<List<String>> listCall() {
        return Call.get("/projects/{}/entries", 7).query("from", "20170101").decodingList(String.class, ITEMS);
    }

    @Test
    void streamsTheItemsOfAListAnswerThroughTheDefaultsOfTheSpis() {
        transport.enqueue(200, "a,b,c");

        try (Stream<String> items = client().stream(listCall(), String.class, ITEMS)) {
            assertThat(items.collect(Collectors.toList())).containsExactly("a", "b", "c");
        }
        Request sent = transport.takeRequest();
        assertThat(sent.uri()).hasToString("http://127.0.0.1:9/projects/7/entries?from=20170101");
        assertThat(sent.headers().first("Accept")).contains("application/xml");
    }

    @Test
    void retriesAFailedAttemptBeforeHandingAnythingOut() {
        transport.enqueue(502, "").enqueue(RecordingTransport.Answer.connectionRefused()).enqueue(200, "a,b");

        try (Stream<String> items = client().stream(listCall(), String.class, ITEMS)) {
            assertThat(items.collect(Collectors.toList())).containsExactly("a", "b");
        }
        assertThat(transport.requests()).hasSize(3);
    }

    @Test
    void letsTheAuthenticatorRenewAfterA401() {
        AtomicInteger renewals = new AtomicInteger();
        Authenticator renewing = new Authenticator() {
            @Override
            public CompletableFuture<Request> authenticate(Request request) {
                return CompletableFuture.completedFuture(
                        request.toBuilder().header("Authorization", "Bearer token-" + renewals.get()).build());
            }

            @Override
            public CompletableFuture<Boolean> renewAfterUnauthorized(Request request, Response response) {
                renewals.incrementAndGet();
                return CompletableFuture.completedFuture(true);
            }
        };
        transport.enqueue(401, "message:invalid_token").enqueue(200, "x");

        try (Stream<String> items = client(renewing, codec, transport).stream(listCall(), String.class, ITEMS)) {
            assertThat(items.collect(Collectors.toList())).containsExactly("x");
        }
        assertThat(renewals).hasValue(1);
        assertThat(transport.requests()).extracting(r -> r.headers().first("Authorization").orElseThrow())
                .containsExactly("Bearer token-0", "Bearer token-1");
    }

    @Test
    void mapsAFailedAnswerToTheSameApiExceptionsAsAnyCall() {
        transport.enqueue(404, "message:Not here").enqueue(400, "", "Hint", "from is not a date");

        assertThatThrownBy(() -> client().stream(listCall(), String.class, ITEMS))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("Not here");
        assertThatThrownBy(() -> client().open(listCall()))
                .isInstanceOfSatisfying(BadRequestException.class,
                        e -> assertThat(e.hint()).contains("from is not a date"));
    }

    @Test
    void opensARawBodyToReadAsItArrives() throws IOException {
        transport.enqueue(200, "\u0089PNG image bytes", "Content-Type", "image/png");

        try (StreamedResponse receipt = client().open(Call.get("/expenses/{}/receipt", 5).readingBytes())) {
            assertThat(receipt.status()).isEqualTo(200);
            assertThat(receipt.contentType()).contains("image/png");
            assertThat(new String(receipt.body().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("\u0089PNG image bytes");
        }
    }

    @Test
    void aBodyThatBreaksIsATransportExceptionAndAMalformedOneACodecExceptionAndEitherClosesTheAnswer() {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream breaking = new InputStream() {
            private int left = 3;

            @Override
            public int read() throws IOException {
                if (left-- > 0) {
                    return 'a';
                }
                throw new IOException("connection reset");
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };
        Transport streaming = new StreamingOnly(breaking);
        HarvestClient client = client(Authenticator.NONE, new StreamingCodec(), streaming);

        try (Stream<String> items = client.stream(listCall(), String.class, ITEMS)) {
            assertThatThrownBy(() -> items.collect(Collectors.toList()))
                    .isInstanceOf(TransportException.class).hasMessageContaining("connection reset");
        }
        assertThat(closed).isTrue();

        AtomicBoolean closedToo = new AtomicBoolean();
        InputStream malformed = new ByteArrayInputStream("a\nb\n!\nc\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closedToo.set(true);
            }
        };
        HarvestClient other = client(Authenticator.NONE, new StreamingCodec(), new StreamingOnly(malformed));
        Stream<String> items = other.stream(listCall(), String.class, ITEMS);
        java.util.Iterator<String> iterator = items.iterator();
        assertThat(iterator.next()).isEqualTo("a");
        assertThat(iterator.next()).isEqualTo("b");
        assertThatThrownBy(iterator::next).isInstanceOf(CodecException.class).hasMessageContaining("not an item: !");
        assertThat(closedToo).as("a failure closes the answer").isTrue();
        items.close();
    }

    @Test
    void closingTheStreamEarlyClosesTheAnswer() {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }

            @Override
            public int read(byte[] bytes, int offset, int length) {
                for (int i = 0; i < length; i++) {
                    bytes[offset + i] = (byte) (i % 2 == 0 ? 'a' : '\n');
                }
                return length;
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };
        HarvestClient client = client(Authenticator.NONE, new StreamingCodec(), new StreamingOnly(endless));

        try (Stream<String> items = client.stream(listCall(), String.class, ITEMS)) {
            assertThat(items.limit(3).collect(Collectors.toList())).containsExactly("a", "a", "a");
        }
        assertThat(closed).isTrue();
    }

    @Test
    void aStreamedCallOnAClosedClientFailsAtOnce() {
        HarvestClient client = client();
        client.close();
        assertThatThrownBy(() -> client.stream(listCall(), String.class, ITEMS)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> client.stream(listCall(), String.class, WireShape.object("item").build()))
                .isInstanceOf(InvalidRequestException.class);
    }

    /** A transport that opens every answer as 200 over the given body. */
    private static final class StreamingOnly implements Transport {
        private final InputStream body;

        StreamingOnly(InputStream body) {
            this.body = body;
        }

        @Override
        public CompletableFuture<Response> sendAsync(Request request) {
            throw new AssertionError("a streamed call is opened, not sent");
        }

        @Override
        public CompletableFuture<StreamedResponse> openAsync(Request request) {
            return CompletableFuture.completedFuture(
                    new StreamedResponse(request, 200, io.harvest4j.core.http.Headers.empty(), body));
        }
    }

    /** A codec that streams one item a line; a line "!" is malformed. */
    private static final class StreamingCodec implements io.harvest4j.core.codec.Codec {
        @Override
        public Format format() {
            return Format.XML;
        }

        @Override
        public <T> T decode(byte[] body, Class<T> type, WireShape shape) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> List<T> decodeList(byte[] body, Class<T> itemType, WireShape shape) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> DecodedItems<T> decodeItems(InputStream body, Class<T> itemType, WireShape shape, long maxItemBytes) {
            java.io.BufferedReader lines = new java.io.BufferedReader(
                    new java.io.InputStreamReader(body, StandardCharsets.UTF_8));
            return new DecodedItems<T>() {
                private String line;

                @Override
                public boolean hasNext() {
                    if (line == null) {
                        try {
                            line = lines.readLine();
                        } catch (IOException e) {
                            throw new IllegalStateException("the parser failed", e);
                        }
                    }
                    return line != null;
                }

                @Override
                public T next() {
                    hasNext();
                    String item = line;
                    line = null;
                    if ("!".equals(item)) {
                        throw new CodecException("not an item: !");
                    }
                    return itemType.cast(item);
                }

                @Override
                public void close() {
                    try {
                        lines.close();
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            };
        }

        @Override
        public byte[] encode(Object value, WireShape shape) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.Optional<String> errorMessage(byte[] body) {
            return java.util.Optional.empty();
        }
    }

}
