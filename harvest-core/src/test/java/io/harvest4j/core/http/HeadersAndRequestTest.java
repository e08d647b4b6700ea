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
    void aBuilderKeepsTheOrderFirstGivenAndSetReplacesInPlace() {
        Headers headers = Headers.builder().add("Accept", "a").add("Content-Type", "b").add("accept", "c")
                .set("content-type", "d").add("User-Agent", "e").build();

        assertThat(headers.asMap()).containsExactly(Map.entry("Accept", List.of("a", "c")),
                Map.entry("content-type", List.of("d")), Map.entry("User-Agent", List.of("e")));
        assertThat(headers.toString()).isEqualTo("{Accept=a, c, content-type=d, User-Agent=e}");
    }

    @Test
    void aBuilderFromHeadersNeverChangesThem() {
        Headers original = Headers.builder().add("Accept", "a").add("Cookie", "x").build();

        Headers changed = original.toBuilder().add("accept", "b").set("Cookie", "y").remove("nothing").build();

        assertThat(original.all("Accept")).containsExactly("a");
        assertThat(original.first("cookie")).contains("x");
        assertThat(changed.all("ACCEPT")).containsExactly("a", "b");
        assertThat(changed.first("cookie")).contains("y");
    }

    @Test
    void headersOfAMapMergeNamesThatDifferInCaseAndSkipNamesWithoutValues() {
        Map<String, List<String>> map = new java.util.LinkedHashMap<>();
        map.put("X-Seen", List.of("1"));
        map.put("Empty", List.of());
        map.put("x-seen", List.of("2", "3"));

        Headers headers = Headers.of(map);

        assertThat(headers.asMap()).containsExactly(Map.entry("X-Seen", List.of("1", "2", "3")));
        assertThat(headers.contains("empty")).isFalse();
        assertThatThrownBy(() -> Headers.of(Map.of("Bad Name", List.of("1")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void manyFieldsAreFoundRemovedAndReplacedIgnoringCase() {
        Headers.Builder builder = Headers.builder();
        for (int i = 0; i < 40; i++) {
            builder.add("X-Field-" + i, "v" + i);
        }
        builder.add("x-field-3", "again").set("X-FIELD-7", "seven").remove("x-Field-20").add("X-Field-20", "back");
        Headers headers = builder.build();

        assertThat(headers.asMap()).hasSize(40);
        assertThat(headers.all("x-field-3")).containsExactly("v3", "again");
        assertThat(headers.all("x-field-7")).containsExactly("seven");
        assertThat(headers.all("X-FIELD-20")).containsExactly("back");
        assertThat(headers.asMap().keySet()).startsWith("X-Field-0").endsWith("X-Field-20").contains("X-FIELD-7");
        assertThat(headers.toBuilder().remove("X-Field-39").build().contains("x-field-39")).isFalse();
    }

    @Test
    void headersAreEqualWhateverTheOrderOfTheirFields() {
        Headers one = Headers.builder().add("A", "1").add("B", "2").add("B", "3").build();
        Headers same = Headers.builder().add("B", "2").add("B", "3").add("A", "1").build();
        Headers otherValues = Headers.builder().add("A", "1").add("B", "3").add("B", "2").build();
        Headers otherCase = Headers.builder().add("a", "1").add("B", "2").add("B", "3").build();

        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(otherValues).isNotEqualTo(otherCase);
        assertThat(one).isEqualTo(Headers.builder().add("A", "1").add("B", "2").add("B", "3").build());
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
