package io.harvest4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.http.HttpMethod;
import java.net.URI;
import org.junit.jupiter.api.Test;

class CallTest {

    private static final URI BASE = URI.create("https://demo.harvestapp.com");

    @Test
    void expandsAndEncodesPathSegmentsAndQueryParameters() {
        Call<Void> call = Call.get("/people/{}", "jane doe/../@example.com").query("of_user", 7L)
                .query("updated_since", "2010-09-25 18:30").query("absent", (String) null).discardingBody();

        assertThat(call.uri(BASE)).hasToString(
                "https://demo.harvestapp.com/people/jane%20doe%2F..%2F%40example.com?of_user=7&updated_since=2010-09-25%2018%3A30");
        assertThat(call.method()).isEqualTo(HttpMethod.GET);
    }

    @Test
    void idempotencyFollowsTheMethodUnlessDeclared() {
        assertThat(Call.get("/daily").discardingBody().isIdempotent()).isTrue();
        assertThat(Call.get("/daily/timer/{}", 1).idempotent(false).discardingBody().isIdempotent()).isFalse();
        assertThat(Call.post("/daily/add").discardingBody().isIdempotent()).isFalse();
        assertThat(Call.put("/clients/{}", 1).discardingBody().isIdempotent()).isTrue();
        assertThat(Call.delete("/clients/{}", 1).discardingBody().isIdempotent()).isTrue();
    }

    @Test
    void refusesMalformedDeclarations() {
        assertThatThrownBy(() -> Call.get("/daily/{}/{}", 1)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> Call.get("/daily", 1)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> Call.get("daily")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> Call.get("/daily").body("x", WireShape.object("request").build()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("GET");
        assertThatThrownBy(() -> Call.get("/clients").decodingList(String.class, WireShape.object("client").build()))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void refusesPathArgumentsThatWouldNameAnotherResource() {
        for (String segment : new String[] {"..", ".", ""}) {
            assertThatThrownBy(() -> Call.delete("/projects/{}/user_assignments/{}", 5, segment))
                    .isInstanceOf(InvalidRequestException.class);
        }
        assertThat(Call.get("/people/{}", "...").discardingBody().path()).isEqualTo("/people/...");
        assertThat(Call.get("/people/{}", "a..b").discardingBody().path()).isEqualTo("/people/a..b");
    }
}
