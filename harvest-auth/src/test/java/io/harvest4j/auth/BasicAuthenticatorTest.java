package io.harvest4j.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.http.HttpMethod;
import io.harvest4j.core.http.Request;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
        assertThatThrownBy(() -> BasicAuthenticator.of(" ", "x")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("blank");
        assertThatThrownBy(() -> BasicAuthenticator.of("a:b@example.com", "secret"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("':'").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> BasicAuthenticator.of("a@example.com\r\nX: y", "secret"))
                .isInstanceOf(InvalidRequestException.class);
    }
}
