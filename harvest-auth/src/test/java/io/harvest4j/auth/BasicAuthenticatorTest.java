package io.harvest4j.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.Call;
import io.harvest4j.core.ConfigurationException;
import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.UnauthorizedException;
import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.http.Headers;
import io.harvest4j.core.http.HttpMethod;
import io.harvest4j.core.http.Request;
import io.harvest4j.core.http.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class BasicAuthenticatorTest {

    private final Request request = Request.builder(HttpMethod.GET, URI.create("https://demo.harvestapp.com/account/who_am_i"))
            .header("Accept", "application/xml").build();

    @Test
    void signsACopyWithTheBasicHeader() {
        Request signed = BasicAuthenticator.of("admin@example.com", "admin-pass").authenticate(request).join();

        String expected = "Basic " + Base64.getEncoder()
                .encodeToString("admin@example.com:admin-pass".getBytes(StandardCharsets.UTF_8));
        assertThat(signed.headers().first("Authorization")).contains(expected);
        assertThat(signed.headers().first("Accept")).contains("application/xml");
        assertThat(request.headers().contains("Authorization")).as("the original is untouched").isFalse();
    }

    @Test
    void encodesNonAsciiPasswordsAsUtf8() {
        Request signed = BasicAuthenticator.of("jürgen@example.com", "pässwörd€".toCharArray()).authenticate(request).join();

        String encoded = signed.headers().first("Authorization").orElseThrow().substring("Basic ".length());
        assertThat(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8))
                .isEqualTo("jürgen@example.com:pässwörd€");
    }

    @Test
    void neverShowsTheCredentials() {
        BasicAuthenticator authenticator = BasicAuthenticator.of("admin@example.com", "admin-pass");
        Request signed = authenticator.authenticate(request).join();

        assertThat(authenticator.toString()).doesNotContain("admin", "pass", "YWRta");
        assertThat(signed.toString()).contains("Authorization=<redacted>").doesNotContain("Basic", "YWRta");
    }

    @Test
    void refusesLoginsBasicCannotCarry() {
        assertThatThrownBy(() -> BasicAuthenticator.of(" ", "x")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("blank");
        assertThatThrownBy(() -> BasicAuthenticator.of("a:b@example.com", "secret"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("':'").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> BasicAuthenticator.of("a@example.com\r\nX: y", "secret"))
                .isInstanceOf(ConfigurationException.class);
    }

    @Test
    void refusesNullsNamingTheArgument() {
        assertThatThrownBy(() -> BasicAuthenticator.of(null, "secret")).isInstanceOf(ConfigurationException.class)
                .hasMessage("BasicAuthenticator.of: email is required");
        assertThatThrownBy(() -> BasicAuthenticator.of("a@example.com", (String) null))
                .isInstanceOf(ConfigurationException.class).hasMessage("BasicAuthenticator.of: password is required");
        assertThatThrownBy(() -> BasicAuthenticator.of("a@example.com", (char[]) null))
                .isInstanceOf(ConfigurationException.class).hasMessage("BasicAuthenticator.of: password is required");
    }

    @Test
    void theCallersPasswordArrayMayBeClearedOnceTheAuthenticatorIsMade() {
        char[] password = "admin-pass".toCharArray();
        BasicAuthenticator authenticator = BasicAuthenticator.of("admin@example.com", password);
        Arrays.fill(password, '\0');

        String encoded = authenticator.authenticate(request).join().headers().first("Authorization").orElseThrow()
                .substring("Basic ".length());
        assertThat(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8)).isEqualTo("admin@example.com:admin-pass");
    }

    @Test
    void aClientSignsEveryAttemptAndNeverShowsTheCredentialsInItsFailures() {
        List<Request> sent = new ArrayList<>();
        HarvestClient client = Harvest.builder()
                .config(HarvestConfig.builder().subdomain("demo").format(Format.XML).build())
                .codec(new NoCodec())
                .authenticator(BasicAuthenticator.of("admin@example.com", "admin-pass"))
                .transport(attempt -> {
                    sent.add(attempt);
                    return CompletableFuture.completedFuture(new Response(attempt, 401, Headers.empty(), null));
                })
                .build();

        assertThatThrownBy(() -> client.send(Call.get("/account/who_am_i").discardingBody()))
                .isInstanceOf(UnauthorizedException.class)
                .hasMessageNotContaining("admin").hasMessageNotContaining("YWRta");
        assertThat(sent).singleElement().satisfies(attempt ->
                assertThat(attempt.headers().first("Authorization").orElseThrow()).startsWith("Basic YWRta"));
        assertThat(client.toString()).doesNotContain("admin", "YWRta");
    }

    /** A codec for calls whose bodies are never read. */
    private static final class NoCodec implements Codec {
        @Override
        public Format format() {
            return Format.XML;
        }

        @Override
        public <T> T decode(byte[] body, Class<T> type, WireShape shape) {
            throw new AssertionError("nothing to decode");
        }

        @Override
        public <T> List<T> decodeList(byte[] body, Class<T> itemType, WireShape shape) {
            throw new AssertionError("nothing to decode");
        }

        @Override
        public byte[] encode(Object value, WireShape shape) {
            throw new AssertionError("nothing to encode");
        }

        @Override
        public Optional<String> errorMessage(byte[] body) {
            return Optional.empty();
        }
    }
}
