package io.harvest4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.http.Headers;
import io.harvest4j.core.http.HttpMethod;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.http.Response;
import io.harvest4j.core.http.Transport;
import io.harvest4j.core.spi.Authenticator;
import io.harvest4j.core.spi.RateLimiter;
import io.harvest4j.core.testing.FakeTime;
import io.harvest4j.core.testing.RecordingCodec;
import io.harvest4j.core.testing.RecordingTransport;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The call pipeline over a transport that is asynchronous only; {@link HarvestClientBlockingTransportTest}
 * runs every test again over a transport with a blocking {@code send} of its own, which
 * {@link HarvestClient#send} then takes.
 */
class HarvestClientTest {

    private static final WireShape HASH = WireShape.object("hash").jsonUnwrapped().build();

    private final RecordingTransport transport = new RecordingTransport();
    private final RecordingCodec codec = new RecordingCodec(Format.XML);
    private final List<Duration> sleeps = new ArrayList<>();
    private final FakeTime time = new FakeTime();

    private HarvestClient client(Authenticator authenticator) {
        return Harvest.builder()
                .config(HarvestConfig.builder().baseUri("http://127.0.0.1:9").format(Format.XML)
                        .applicationName("Test Suite/1.0").build())
                .transport(seat(transport))
                .codec(codec)
                .authenticator(authenticator)
                .sleeper(delay -> {
                    sleeps.add(delay);
                    time.advance(delay); // time passes as the client waits
                    return CompletableFuture.completedFuture(null);
                })
                .clock(time)
                .build();
    }

    private HarvestClient client() {
        return client(Authenticator.NONE);
    }

    /**
     * @param transport the transport a test answers with
     * @return the transport the client is given: here that one, as it is
     */
    Transport seat(Transport transport) {
        return transport;
    }

    @Test
    void sendsAcceptContentTypeAndUserAgentOnEveryCall() {
        transport.enqueue(200, "me").enqueue(201, "", "Location", "/clients/42");

        assertThat(client().send(Call.get("/account/who_am_i").decoding(String.class, HASH))).isEqualTo("me");
        assertThat(client().send(Call.post("/clients").body("Acme", WireShape.object("client").build()).readingCreatedId()))
                .isEqualTo(42L);

        Request get = transport.requests().get(0);
        assertThat(get.method()).isEqualTo(HttpMethod.GET);
        assertThat(get.uri()).hasToString("http://127.0.0.1:9/account/who_am_i");
        assertThat(get.headers().first("Accept")).contains("application/xml");
        assertThat(get.headers().first("Content-Type")).contains("application/xml");
        assertThat(get.headers().first("User-Agent").orElseThrow()).startsWith("Test Suite/1.0 harvest4j/");
        assertThat(get.body()).isEmpty();
        Request post = transport.requests().get(1);
        assertThat(post.body().orElseThrow().content()).asString().isEqualTo("<client>Acme");
        assertThat(post.headers().first("Content-Type")).contains("application/xml");
    }

    @Test
    void everyCallGoesToItsOwnUriHoweverManyPathsShareTheClient() {
        HarvestClient client = client();
        List<String> expected = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (int id = 1; id <= 200; id++) {
                transport.enqueue(200, "");
                client.send(Call.get("/projects/{}", id).discardingBody());
                expected.add("http://127.0.0.1:9/projects/" + id);
                if (id % 50 == 0) {
                    transport.enqueue(200, "");
                    client.send(Call.get("/projects/{}", id).query("of_user", 7L).discardingBody());
                    expected.add("http://127.0.0.1:9/projects/" + id + "?of_user=7");
                }
            }
        }

        assertThat(transport.requests()).extracting(request -> request.uri().toString()).containsExactlyElementsOf(expected);
    }

    @Test
    void theServicesTextIsCutShortInTheMessageHoweverLongItIs() {
        transport.enqueue(501, "message:" + "x".repeat(12_000_000)) // a 501 is not retried
                .enqueue(400, "", "Hint", "h".repeat(300_000));

        assertThatThrownBy(() -> client().send(Call.get("/daily").discardingBody()))
                .isInstanceOfSatisfying(ServerException.class, e -> {
                    assertThat(e.getMessage()).hasSizeLessThan(700).contains("xxxx").endsWith("…\"");
                    assertThat(e.serviceMessage().orElseThrow()).hasSizeLessThanOrEqualTo(10_001);
                });
        assertThatThrownBy(() -> client().send(Call.get("/daily").discardingBody()))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.getMessage()).hasSizeLessThan(700).contains("(Hint: hhhh");
                    assertThat(e.hint().orElseThrow()).hasSizeLessThanOrEqualTo(10_001);
                });
    }

    @Test
    void mapsFailedAnswersToTypedExceptionsWithTheServiceMessage() {
        transport.enqueue(404, "message:Not here");
        assertThatThrownBy(() -> client().send(Call.get("/daily/show/{}", 7).decoding(String.class, HASH)))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("GET http://127.0.0.1:9/daily/show/7 answered 404")
                .hasMessageContaining("not found, or not permitted for this user's role")
                .hasMessageContaining("Not here")
                .satisfies(e -> assertThat(((ApiException) e).serviceMessage()).contains("Not here"));

        transport.enqueue(400, "<html><body>oops</body></html>", "Hint", "Project has active entries");
        assertThatThrownBy(() -> client().send(Call.delete("/projects/{}", 3).discardingBody()))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.hint()).contains("Project has active entries");
                    assertThat(e.serviceMessage()).isEmpty();
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.method()).isEqualTo(HttpMethod.DELETE);
                });
    }

    @Test
    void retriesAThrottledCallAfterExactlyRetryAfterEvenWhenItIsAPost() {
        transport.enqueue(503, "message:This request has been throttled.", "Retry-After", "15")
                .enqueue(201, "", "Location", "/clients/7");

        Long id = client().send(Call.post("/clients").body("Acme", WireShape.object("client").build()).readingCreatedId());

        assertThat(id).isEqualTo(7L);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(15));
        assertThat(transport.requests()).hasSize(2);
        assertThat(transport.requests().get(1).body()).isEqualTo(transport.requests().get(0).body());
    }

    @Test
    void neverRepeatsAPostTheServerMayHaveProcessed() {
        transport.enqueue(503, "down for maintenance");

        assertThatThrownBy(() -> client().send(Call.post("/clients").body("Acme", WireShape.object("client").build())
                .readingCreatedId()))
                .isInstanceOf(MayHaveBeenProcessedException.class)
                .hasCauseInstanceOf(ServerException.class).cause().isNotInstanceOf(ThrottledException.class);
        assertThat(transport.requests()).hasSize(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void neverRepeatsACallDeclaredNotIdempotentEvenAGet() {
        transport.enqueue(502, "");

        assertThatThrownBy(() -> client().send(Call.get("/daily/timer/{}", 5).idempotent(false).decoding(String.class, HASH)))
                .isInstanceOf(MayHaveBeenProcessedException.class).hasCauseInstanceOf(ServerException.class)
                .hasMessageContaining("may have been processed");
        assertThat(transport.requests()).hasSize(1);
    }

    @Test
    void a503WithoutRetryAfterIsAServerFaultNotAThrottle() {
        List<Duration> throttles = new ArrayList<>();
        RateLimiter limiter = new RateLimiter() {
            @Override
            public CompletableFuture<Void> acquire() {
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public void throttled(Duration retryAfter) {
                throttles.add(retryAfter);
            }
        };
        transport.enqueue(503, "down for maintenance").enqueue(503, "down for maintenance");
        HarvestClient client = Harvest.builder()
                .config(HarvestConfig.builder().baseUri("http://127.0.0.1:9").format(Format.XML).maxAttempts(2).build())
                .transport(seat(transport)).codec(codec).rateLimiter(limiter)
                .sleeper(delay -> {
                    sleeps.add(delay);
                    return CompletableFuture.completedFuture(null);
                }).build();

        assertThatThrownBy(() -> client.send(Call.get("/daily").decoding(String.class, HASH)))
                .isInstanceOf(ServerException.class).isNotInstanceOf(ThrottledException.class);
        assertThat(throttles).as("no other call is held for an outage").isEmpty();
        assertThat(transport.requests()).hasSize(2);
        assertThat(sleeps).hasSize(1); // a jittered backoff, not a Retry-After
        assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
    }

    @Test
    void aWriteThatWasRefusedOrThrottledIsRetriedAndNeverReportedAsMaybeProcessed() {
        transport.enqueue(RecordingTransport.Answer.connectionRefused()).enqueue(503, "", "Retry-After", "2")
                .enqueue(201, "", "Location", "/clients/9");

        assertThat(client().send(Call.post("/clients").body("Acme", WireShape.object("client").build()).readingCreatedId()))
                .isEqualTo(9L);
        assertThat(transport.requests()).hasSize(3);
    }

    @Test
    void repeatsAnIdempotentCallAfterAServerFaultWithBackoff() {
        transport.enqueue(502, "").enqueue(504, "").enqueue(200, "ok");

        assertThat(client().send(Call.get("/daily").decoding(String.class, HASH))).isEqualTo("ok");
        assertThat(transport.requests()).hasSize(3);
        assertThat(sleeps).hasSize(2);
        assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
        assertThat(sleeps.get(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void repeatsEvenAPostWhenTheConnectionWasNeverMade() {
        transport.enqueueFailure(new TransportException("refused", null, false)).enqueue(201, "", "Location", "/clients/9");

        assertThat(client().send(Call.post("/clients").body("Acme", WireShape.object("client").build()).readingCreatedId()))
                .isEqualTo(9L);
        assertThat(transport.requests()).hasSize(2);
    }

    @Test
    void reportsATransportFailureAfterSendingWithoutRepeatingAPost() {
        transport.enqueueFailure(new TransportException("reset", null, true));

        assertThatThrownBy(() -> client().send(Call.post("/daily/add").body("x", WireShape.object("request").build())
                .decoding(String.class, HASH)))
                .isInstanceOf(MayHaveBeenProcessedException.class).hasMessageContaining("may have been processed")
                .cause().isInstanceOf(TransportException.class).hasMessage("reset");
        assertThat(transport.requests()).hasSize(1);
    }

    @Test
    void letsTheAuthenticatorRenewOnceAfterA401() {
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
        transport.enqueue(401, "").enqueue(401, "message:invalid_token");

        assertThatThrownBy(() -> client(renewing).send(Call.get("/daily").decoding(String.class, HASH)))
                .isInstanceOf(UnauthorizedException.class).hasMessageContaining("invalid_token")
                .hasMessageNotContaining("token-");
        assertThat(renewals).hasValue(1);
        assertThat(transport.requests()).extracting(r -> r.headers().first("Authorization").orElseThrow())
                .containsExactly("Bearer token-0", "Bearer token-1");
    }

    @Test
    void tellsTheRateLimiterOfAThrottleAndAsksItBeforeEveryAttempt() {
        List<Duration> throttles = new ArrayList<>();
        AtomicInteger permits = new AtomicInteger();
        RateLimiter limiter = new RateLimiter() {
            @Override
            public CompletableFuture<Void> acquire() {
                permits.incrementAndGet();
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public void throttled(Duration retryAfter) {
                throttles.add(retryAfter);
            }
        };
        transport.enqueue(503, "", "Retry-After", "3").enqueue(200, "ok");
        HarvestClient client = Harvest.builder()
                .config(HarvestConfig.builder().baseUri("http://127.0.0.1:9").format(Format.XML).build())
                .transport(seat(transport)).codec(codec).rateLimiter(limiter)
                .sleeper(delay -> CompletableFuture.completedFuture(null)).build();

        client.send(Call.get("/daily").decoding(String.class, HASH));

        assertThat(throttles).containsExactly(Duration.ofSeconds(3));
        assertThat(permits).hasValue(2);
    }

    @Test
    void givesUpWhenRetryAfterWouldPassTheTotalWaitCap() {
        transport.enqueue(503, "", "Retry-After", "600");
        HarvestClient client = Harvest.builder()
                .config(HarvestConfig.builder().baseUri("http://127.0.0.1:9").format(Format.XML)
                        .maxRetryWait(Duration.ofSeconds(60)).build())
                .transport(seat(transport)).codec(codec).sleeper(delay -> CompletableFuture.completedFuture(null)).build();

        assertThatThrownBy(() -> client.send(Call.get("/daily").decoding(String.class, HASH)))
                .isInstanceOfSatisfying(ThrottledException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(600)));
        assertThat(transport.requests()).hasSize(1);
    }

    @Test
    void refusesACodecOfAnotherFormat() {
        assertThatThrownBy(() -> Harvest.builder()
                .config(HarvestConfig.builder().baseUri("http://127.0.0.1:9").format(Format.JSON).build())
                .transport(seat(transport)).codec(codec).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("application/xml");
    }

    @Test
    void reportsAnUndecodableSuccessAsACodecException() {
        transport.enqueue(200, "");
        assertThatThrownBy(() -> client().send(Call.get("/daily").decoding(String.class, HASH)))
                .isInstanceOf(CodecException.class).hasMessageContaining("java.lang.String")
                .hasMessageContaining("application/xml");
    }

    @Test
    void refusesABuilderWithoutConfiguration() {
        assertThatThrownBy(() -> Harvest.builder().build()).isInstanceOf(ConfigurationException.class);
    }

    @Test
    void survivesThousandsOfRetriesThatEachEndAtOnce() {
        int attempts = 5000;
        AtomicInteger sent = new AtomicInteger();
        HarvestClient client = Harvest.builder()
                .config(HarvestConfig.builder().baseUri("http://127.0.0.1:9").format(Format.XML).maxAttempts(attempts).build())
                .codec(codec)
                .transport(seat(request -> CompletableFuture.completedFuture(sent.incrementAndGet() < attempts
                        ? new Response(request, 503, Headers.builder().add("Retry-After", "0").build(), null)
                        : new Response(request, 200, Headers.empty(), "ok".getBytes(java.nio.charset.StandardCharsets.UTF_8)))))
                .sleeper(delay -> CompletableFuture.completedFuture(null))
                .build();

        assertThat(client.send(Call.get("/daily").decoding(String.class, HASH))).isEqualTo("ok");
        assertThat(sent).hasValue(attempts);
    }

    @Test
    void aHugeRetryAfterAfterAnotherWaitGivesUpWithTheThrottleInsteadOfOverflowing() {
        transport.enqueue(503, "", "Retry-After", "1").enqueue(503, "", "Retry-After", String.valueOf(Long.MAX_VALUE));

        assertThatThrownBy(() -> client().send(Call.get("/daily").decoding(String.class, HASH)))
                .isInstanceOfSatisfying(ThrottledException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(Long.MAX_VALUE)));
        assertThat(transport.requests()).hasSize(2);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void aStageThatFailsWithAnUntypedExceptionFailsTheCallWithAHarvestException() throws Exception {
        Authenticator broken = request -> CompletableFuture.failedFuture(new IllegalStateException("token store unavailable"));

        assertThatThrownBy(() -> client(broken).send(Call.get("/daily").decoding(String.class, HASH)))
                .isExactlyInstanceOf(HarvestException.class)
                .hasMessageContaining("GET http://127.0.0.1:9/daily failed")
                .hasRootCauseInstanceOf(IllegalStateException.class);
        CompletableFuture<String> future = client(broken).sendAsync(Call.get("/daily").decoding(String.class, HASH));
        assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseExactlyInstanceOf(HarvestException.class);

        Authenticator throwing = request -> {
            throw new UnsupportedOperationException("not today");
        };
        assertThatThrownBy(() -> client(throwing).send(Call.get("/daily").decoding(String.class, HASH)))
                .isExactlyInstanceOf(HarvestException.class).hasRootCauseInstanceOf(UnsupportedOperationException.class);
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void aTransportThatAnswersNullIsATransportFailureNotACrash() {
        HarvestClient client = Harvest.builder()
                .config(HarvestConfig.builder().baseUri("http://127.0.0.1:9").format(Format.XML).maxAttempts(1).build())
                .codec(codec).transport(seat(request -> CompletableFuture.completedFuture(null))).build();

        assertThatThrownBy(() -> client.send(Call.get("/daily").decoding(String.class, HASH)))
                .isInstanceOf(TransportException.class).hasMessageContaining("neither a response nor a failure");
    }

    @Test
    void aReaderThatFailsWithAnUntypedExceptionIsACodecException() {
        transport.enqueue(200, "ok");

        assertThatThrownBy(() -> client().send(Call.get("/daily").reading((response, codec) -> {
            throw new NullPointerException("no day_entries");
        }))).isInstanceOf(CodecException.class).hasMessageContaining("no day_entries")
                .hasCauseInstanceOf(NullPointerException.class);
    }

    @Test
    void aPathThatMakesNoUriIsAnInvalidRequestNotACodecFailure() {
        assertThatThrownBy(() -> client().send(Call.get("/daily entries").decoding(String.class, HASH)))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(transport.requests()).isEmpty();
    }

    @Test
    void anAnswerThatArrivesAfterTheCallWasCancelledIsNotDecoded() {
        CompletableFuture<Void> answering = new CompletableFuture<>();
        transport.enqueue(request -> answering.thenApply(ignored -> new io.harvest4j.core.http.Response(request, 200,
                io.harvest4j.core.http.Headers.empty(), "ok".getBytes(java.nio.charset.StandardCharsets.UTF_8))));

        CompletableFuture<String> future = client().sendAsync(Call.get("/daily").decoding(String.class, HASH));
        future.cancel(false);
        answering.complete(null);

        assertThat(future).isCancelled();
        assertThat(codec.decoded()).isEmpty();
    }

    @Test
    void cancellingTheFutureStopsTheRetries() {
        CompletableFuture<Void> sleeping = new CompletableFuture<>();
        transport.enqueue(503, "", "Retry-After", "5").enqueue(200, "ok");
        HarvestClient client = Harvest.builder()
                .config(HarvestConfig.builder().baseUri("http://127.0.0.1:9").format(Format.XML).build())
                .transport(seat(transport)).codec(codec).sleeper(delay -> sleeping).build();

        CompletableFuture<String> future = client.sendAsync(Call.get("/daily").decoding(String.class, HASH));
        future.cancel(false);
        sleeping.complete(null);

        assertThat(future).isCancelled();
        assertThat(transport.requests()).hasSize(1);
    }

    @Test
    void aFailedCallWithATokenInItsQueryIsStillTypedAndNeverShowsTheToken() {
        transport.enqueue(404, "message:gone");

        assertThatThrownBy(() -> client().send(Call.get("/daily").query("access_token", "s3cr3t").query("zipcode", "12345")
                .decoding(String.class, HASH)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.uri().toString()).doesNotContain("s3cr3t").contains("zipcode=12345");
                    assertThat(e.status()).isEqualTo(404);
                })
                .hasMessageContaining("access_token=<redacted>&zipcode=12345").hasMessageNotContaining("s3cr3t");
    }

    @Test
    void neverSendsCredentialsOfAnyKindToAnotherOrigin() {
        HarvestConfig https = HarvestConfig.builder().subdomain("demo").format(Format.XML).build();
        Authenticator tokenInQuery = request -> CompletableFuture.completedFuture(request.toBuilder()
                .uri(URI.create("https://evil.example" + request.uri().getRawPath() + "?access_token=s3cr3t")).build());
        Authenticator cookie = request -> CompletableFuture.completedFuture(request.toBuilder()
                .uri(URI.create("https://evil.example/daily")).header("Cookie", "session=s3cr3t").build());
        Authenticator explicitPort = request -> CompletableFuture.completedFuture(request.toBuilder()
                .uri(URI.create("https://demo.harvestapp.com:443" + request.uri().getRawPath()))
                .header("Authorization", "Bearer s3cr3t").build());

        for (Authenticator leaking : List.of(tokenInQuery, cookie)) {
            HarvestClient client = Harvest.builder().config(https).transport(seat(transport)).codec(codec).authenticator(leaking).build();
            assertThatThrownBy(() -> client.send(Call.get("/daily").decoding(String.class, HASH)))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("evil.example")
                    .hasMessageNotContaining("s3cr3t");
        }
        assertThat(transport.requests()).isEmpty();

        transport.enqueue(200, "ok");
        HarvestClient samePlace = Harvest.builder().config(https).transport(seat(transport)).codec(codec).authenticator(explicitPort).build();
        assertThat(samePlace.send(Call.get("/daily").decoding(String.class, HASH))).isEqualTo("ok");
    }

    @Test
    void anAsyncFailureReachesHandlersAsTheTypedExceptionNotWrapped() {
        transport.enqueue(404, "message:Not here");

        Throwable failure = client().sendAsync(Call.get("/daily/show/{}", 7).decoding(String.class, HASH))
                .handle((value, thrown) -> thrown).join();

        assertThat(failure).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aClosedClientRefusesEveryCallAndClosesItsTransportOnce() {
        HarvestClient client = client();

        client.close();
        client.close();

        assertThatThrownBy(() -> client.send(Call.get("/daily").decoding(String.class, HASH)))
                .isInstanceOf(InvalidRequestException.class).hasMessage("GET /daily was not sent: the client is closed (make a new one)");
        assertThat(client.sendAsync(Call.get("/daily").decoding(String.class, HASH))).isCompletedExceptionally();
        assertThat(transport.requests()).isEmpty();
        assertThatThrownBy(() -> transport.sendAsync(Request.builder(HttpMethod.GET, java.net.URI.create("http://127.0.0.1:9/x"))
                .build()).join()).hasCauseInstanceOf(TransportException.class);
    }
}
