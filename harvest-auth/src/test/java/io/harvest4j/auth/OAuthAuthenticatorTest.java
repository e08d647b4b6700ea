package io.harvest4j.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.http.Headers;
import io.harvest4j.core.http.HttpMethod;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.http.Response;
import io.harvest4j.core.testing.RecordingTransport;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OAuthAuthenticatorTest {

    private static final Instant NOW = OAuthFlowTest.NOW;
    private static final String REFRESHED = "{\"access_token\":\"acc-2\",\"refresh_token\":\"ref-2\",\"token_type\":\"bearer\",\"expires_in\":64799}";

    private final RecordingTransport transport = new RecordingTransport();
    private final MutableClock clock = new MutableClock(NOW);
    private final OAuthFlow flow = OAuthFlow.of(OAuthApplication.of("demo-client-id", "app-secret"), transport, clock);
    private final Request request = Request.builder(HttpMethod.GET, URI.create("https://demo.harvestapp.com/daily?slim=1"))
            .header("Accept", "application/json").build();
    private final ExecutorService threads = Executors.newFixedThreadPool(16);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private OAuthAuthenticator authenticator(TokenStore store) {
        return OAuthAuthenticator.builder(flow).tokenStore(store).build();
    }

    private static TokenStore storeWith(Instant expiresAt) {
        return TokenStore.inMemory(OAuthTokens.of("acc-1", "ref-1", expiresAt));
    }

    @Test
    void signsACopyWithTheBearerHeaderByDefault() {
        Request signed = authenticator(storeWith(NOW.plus(Duration.ofHours(18)))).authenticate(request).join();

        assertThat(signed.headers().first("Authorization")).contains("Bearer acc-1");
        assertThat(signed.uri()).isEqualTo(request.uri());
        assertThat(request.headers().contains("Authorization")).isFalse();
        assertThat(transport.requestCount()).isZero();
    }

    @Test
    void onRequestTheTokenGoesInTheQuery() {
        OAuthAuthenticator query = OAuthAuthenticator.builder(flow).tokenStore(storeWith(null))
                .placement(OAuthAuthenticator.Placement.QUERY).build();

        Request signed = query.authenticate(request).join();

        assertThat(signed.uri()).isEqualTo(URI.create("https://demo.harvestapp.com/daily?slim=1&access_token=acc-1"));
        assertThat(signed.headers().contains("Authorization")).isFalse();
        assertThat(signed.toString()).doesNotContain("acc-1");
    }

    @Test
    void aTokenAboutToExpireIsRefreshedAndSavedBeforeItIsUsed() {
        List<String> saved = new CopyOnWriteArrayList<>();
        TokenStore inner = storeWith(NOW.plus(Duration.ofHours(1)));
        TokenStore recording = new TokenStore() {
            @Override
            public Optional<OAuthTokens> load() {
                return inner.load();
            }

            @Override
            public void save(OAuthTokens tokens) {
                saved.add(tokens.accessToken());
                inner.save(tokens);
            }
        };
        OAuthAuthenticator authenticator = authenticator(recording);
        transport.enqueue(200, REFRESHED);

        assertThat(authenticator.authenticate(request).join().headers().first("Authorization")).contains("Bearer acc-1");
        clock.advance(Duration.ofMinutes(59).plusSeconds(30)); // within the minute's margin
        Request signed = authenticator.authenticate(request).join();

        assertThat(signed.headers().first("Authorization")).contains("Bearer acc-2");
        assertThat(saved).containsExactly("acc-2");
        assertThat(inner.load().orElseThrow().refreshToken()).contains("ref-2");
        assertThat(transport.requestCount()).isEqualTo(1);
        assertThat(authenticator.authenticate(request).join().headers().first("Authorization")).contains("Bearer acc-2");
        assertThat(transport.requestCount()).isEqualTo(1);
    }

    @Test
    void a401InvalidTokenRenewsOnceAndA401OfAnotherKindDoesNot() {
        OAuthAuthenticator authenticator = authenticator(storeWith(NOW.plus(Duration.ofHours(18))));
        transport.enqueue(200, REFRESHED);
        Request sent = authenticator.authenticate(request).join();

        Response otherKind = new Response(sent, 401, Headers.empty(), "{\"message\":\"no\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(authenticator.renewAfterUnauthorized(sent, otherKind).join()).isFalse();

        Response invalid = new Response(sent, 401, Headers.builder().add("WWW-Authenticate",
                "Bearer realm=\"Harvest\", error=\"invalid_token\"").build(),
                "{\"error\":\"invalid_token\",\"error_description\":\"expired\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(authenticator.renewAfterUnauthorized(sent, invalid).join()).isTrue();
        assertThat(authenticator.authenticate(request).join().headers().first("Authorization")).contains("Bearer acc-2");
        // the refused token was already replaced: a late 401 for it signs again, with no second refresh
        assertThat(authenticator.renewAfterUnauthorized(sent, invalid).join()).isTrue();
        assertThat(transport.requestCount()).isEqualTo(1);
    }

    @Test
    void sixteenThreadsAtExpiryCauseExactlyOneRefreshAndAllProceedWithTheNewToken() throws Exception {
        OAuthAuthenticator authenticator = authenticator(storeWith(NOW.plusSeconds(30)));
        CompletableFuture<Void> release = new CompletableFuture<>();
        transport.enqueue(req -> release.thenApply(ignored ->
                new Response(req, 200, Headers.empty(), REFRESHED.getBytes(StandardCharsets.UTF_8))));
        List<CompletableFuture<Request>> signed = authenticateAtOnce(authenticator, 16);
        release.complete(null);

        for (CompletableFuture<Request> each : signed) {
            assertThat(each.get(10, TimeUnit.SECONDS).headers().first("Authorization")).contains("Bearer acc-2");
        }
        assertThat(transport.requestCount()).isEqualTo(1);
    }

    @Test
    void aFailedRefreshFailsEveryWaitingCallWithATypedErrorAndIsNotRepeatedByThem() throws Exception {
        OAuthAuthenticator authenticator = authenticator(storeWith(NOW.plusSeconds(30)));
        CompletableFuture<Void> release = new CompletableFuture<>();
        transport.enqueue(req -> release.thenApply(ignored -> new Response(req, 400, Headers.empty(),
                "{\"error\":\"invalid_grant\"}".getBytes(StandardCharsets.UTF_8))));
        List<CompletableFuture<Request>> signed = authenticateAtOnce(authenticator, 16);
        release.complete(null);

        for (CompletableFuture<Request> each : signed) {
            assertThatThrownBy(each::join).isInstanceOf(CompletionException.class)
                    .cause().isInstanceOfSatisfying(OAuthException.class,
                            e -> assertThat(e.error()).isEqualTo(OAuthError.INVALID_GRANT));
        }
        assertThat(transport.requestCount()).isEqualTo(1);
    }

    /** @return the futures of as many authentications, started by as many threads at the same moment */
    private List<CompletableFuture<Request>> authenticateAtOnce(OAuthAuthenticator authenticator, int count) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CompletableFuture<Request>>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            calls.add(threads.submit(() -> {
                start.await();
                return authenticator.authenticate(request);
            }));
        }
        start.countDown();
        List<CompletableFuture<Request>> signed = new ArrayList<>();
        for (Future<CompletableFuture<Request>> call : calls) {
            signed.add(call.get(10, TimeUnit.SECONDS));
        }
        return signed;
    }

    @Test
    void withoutTokensOrRefreshTokenTheErrorSaysWhatToDo() {
        assertThatThrownBy(() -> authenticator(TokenStore.inMemory()).authenticate(request).join())
                .cause().isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.error()).isEqualTo(OAuthError.NO_TOKENS));

        OAuthAuthenticator implicit = authenticator(TokenStore.inMemory(OAuthTokens.of("acc-1", null, NOW.plusSeconds(30))));
        assertThat(implicit.authenticate(request).join().headers().first("Authorization")).contains("Bearer acc-1");
        clock.advance(Duration.ofSeconds(30));
        assertThatThrownBy(() -> implicit.authenticate(request).join())
                .cause().isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.error()).isEqualTo(OAuthError.INVALID_TOKEN));
        assertThat(transport.requestCount()).isZero();
    }

    @Test
    void toStringShowsNoToken() {
        OAuthAuthenticator authenticator = authenticator(storeWith(null));
        authenticator.authenticate(request).join();

        assertThat(authenticator.toString()).contains("demo-client-id").doesNotContain("acc-1").doesNotContain("ref-1")
                .doesNotContain("app-secret");
    }
}
