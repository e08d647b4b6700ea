package io.harvest4j.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeadersAndRequestTest {

    @Test
    void headersAreCaseInsensitiveAndRedactCredentials() {
        Headers headers = Headers.of(Map.of("content-type", List.of("application/xml"), "Authorization", List.of("Basic c2VjcmV0")));

        assertThat(headers.first("Content-Type")).contains("application/xml");
        assertThat(headers.first("AUTHORIZATION")).contains("Basic c2VjcmV0");
        assertThat(headers.toString()).contains("Authorization=<redacted>").doesNotContain("c2VjcmV0");
        assertThat(headers.toBuilder().remove("authorization").build().contains("Authorization")).isFalse();
    }

    @Test
    void headersRefuseInjection() {
        assertThatThrownBy(() -> Headers.builder().set("X-A", "1\r\nX-B: 2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Headers.builder().set("X A", "1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requestsAreImmutableAndNeverPrintSecrets() {
        Request request = Request.builder(HttpMethod.GET, URI.create("https://demo.harvestapp.com/daily?access_token=abc123&x=1"))
                .header("Authorization", "Bearer abc123").build();
        Request copy = request.toBuilder().header("Accept", "application/json").build();

        assertThat(request.headers().contains("Accept")).isFalse();
        assertThat(copy.headers().first("Authorization")).contains("Bearer abc123");
        assertThat(request.toString()).doesNotContain("abc123").contains("access_token=<redacted>&x=1");
        assertThatThrownBy(() -> Request.builder(HttpMethod.GET, URI.create("https://a.example/"))
                .body(RequestBody.ofText("x", "text/plain")).build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retryAfterReadsSecondsAndHttpDates() {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");

        assertThat(RetryAfter.parse("15", now)).contains(Duration.ofSeconds(15));
        assertThat(RetryAfter.parse(" 0 ", now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("Sat, 28 Nov 2026 10:00:20 GMT", now)).contains(Duration.ofSeconds(20));
        assertThat(RetryAfter.parse("Sat, 28 Nov 2026 09:00:00 GMT", now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", now)).isEmpty();
        assertThat(RetryAfter.parse("-5", now)).isEmpty();
        assertThat(RetryAfter.parse("99999999999999999999999", now)).isEmpty();
        assertThat(RetryAfter.parse(null, now)).isEmpty();
    }

    @Test
    void redactsWholeTokenParametersOnly() {
        assertThat(Request.redactedUri(URI.create("https://a.example/oauth2?code=abc&zipcode=123&client_secret=xyz#access_token=t0k")))
                .isEqualTo("https://a.example/oauth2?code=<redacted>&zipcode=123&client_secret=<redacted>#access_token=<redacted>");
        assertThat(Request.redactedUri(URI.create("https://me:pw@a.example/daily?barcode=9"))).isEqualTo("https://a.example/daily?barcode=9");
    }

    @Test
    void redactsTextThatIsNoValidUri() {
        assertThat(Request.redactedUri("https://me:s3cret@my_company.example/x y?password=hunter2&a=1"))
                .isEqualTo("https://my_company.example/x y?password=<redacted>&a=1");
        assertThat(Request.redactedUri("https://a.example/people/jane@example.com")).isEqualTo("https://a.example/people/jane@example.com");
    }
}
