package io.harvest4j.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.testing.RecordingTransport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The RFC 8252 helper: the test plays the browser that the service redirected. */
class LoopbackAuthorizationTest {

    private final RecordingTransport transport = new RecordingTransport();
    private final OAuthFlow flow = OAuthFlow.of(OAuthApplication.of("demo-client-id", "app-secret"), transport,
            new MutableClock(OAuthFlowTest.NOW));
    private final HttpClient browser = HttpClient.newHttpClient();

    private HttpResponse<String> visit(URI uri) {
        try {
            return browser.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void listensOnLoopbackIgnoresForgedRedirectsAndExchangesTheCodeOfTheRealOne() {
        transport.enqueue(200, OAuthFlowTest.TOKEN_ANSWER);
        CompletableFuture<Integer> forged = new CompletableFuture<>();

        OAuthTokens tokens = LoopbackAuthorization.of(flow).timeout(Duration.ofSeconds(20)).authorize(authorizeUrl -> {
            Map<String, String> query = OAuthFlowTest.form(authorizeUrl.getRawQuery());
            URI redirect = URI.create(query.get("redirect_uri"));
            assertThat(redirect.getHost()).isEqualTo("127.0.0.1");
            assertThat(redirect.getPort()).isPositive();
            assertThat(redirect.getPath()).isEqualTo("/callback");
            CompletableFuture.runAsync(() -> {
                forged.complete(visit(URI.create(redirect + "?code=evil&state=forged")).statusCode());
                HttpResponse<String> page = visit(URI.create(redirect + "?code=the-code&state=" + query.get("state")));
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.body()).doesNotContain("the-code");
            });
        });

        assertThat(forged.join()).isEqualTo(400);
        assertThat(tokens.accessToken()).isEqualTo("acc-1");
        String form = new String(transport.onlyRequest().body().orElseThrow().content(), StandardCharsets.UTF_8);
        assertThat(OAuthFlowTest.form(form)).containsEntry("code", "the-code");
        assertThat(OAuthFlowTest.form(form).get("redirect_uri")).startsWith("http://127.0.0.1:");
    }

    @Test
    void theUsersRefusalIsTyped() {
        assertThatThrownBy(() -> LoopbackAuthorization.of(flow).authorize(authorizeUrl -> {
            Map<String, String> query = OAuthFlowTest.form(authorizeUrl.getRawQuery());
            CompletableFuture.runAsync(() -> visit(URI.create(query.get("redirect_uri") + "?error=access_denied&state="
                    + query.get("state"))));
        })).isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.error()).isEqualTo(OAuthError.ACCESS_DENIED));
        assertThat(transport.requestCount()).isZero();
    }

    @Test
    void noRedirectInTimeIsATransportFailure() {
        assertThatThrownBy(() -> LoopbackAuthorization.of(flow).timeout(Duration.ofMillis(200)).authorize(uri -> { }))
                .isInstanceOf(io.harvest4j.core.TransportException.class).hasMessageContaining("no OAuth redirect");
    }
}
