package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultInjectionTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(SIMULATOR.uri());
    }

    @Test
    void aCannedAnswerReplacesTheNextAnswerOnly() {
        SIMULATOR.simulator().enqueue(CannedResponse.html(502, "<html><body><h1>Bad Gateway</h1></body></html>"));

        Response faulty = http.get("/daily").asUser().xml().send();
        Response normal = http.get("/daily").asUser().xml().send();

        assertThat(faulty.status).isEqualTo(502);
        assertThat(faulty.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(faulty.body).contains("Bad Gateway");
        assertThat(normal.status).isEqualTo(200);
    }

    @Test
    void cannedAnswersComeInOrderAndNeedNoCredentialsNorCountAgainstTheThrottle() {
        SIMULATOR.simulator().enqueue(CannedResponse.builder(503).header("Retry-After", "7")
                .body("application/json", "{\"message\":\"This request has been throttled.\",\"retry_after\":7}").build());
        SIMULATOR.simulator().enqueue(CannedResponse.json(200, "<hash><message>XML labelled JSON</message></hash>"));
        SIMULATOR.simulator().enqueue(CannedResponse.xml(200, "<daily><for_day type=\"date\">Wed, 18"));

        Response throttled = http.get("/daily").json().send();
        Response mislabelled = http.get("/daily").json().send();
        Response truncated = http.get("/daily").xml().send();

        assertThat(throttled.status).isEqualTo(503);
        assertThat(throttled.header("Retry-After")).isEqualTo("7");
        assertThat(mislabelled.header("Content-Type")).startsWith("application/json");
        assertThat(mislabelled.body).startsWith("<hash>");
        assertThat(truncated.body).isEqualTo("<daily><for_day type=\"date\">Wed, 18");
        assertThat(http.get("/account/rate_limit_status").asUser().json().send().json().getInt("count")).isZero();
    }

    @Test
    void aConnectionCutMidBodyFailsTheClientsRead() {
        SIMULATOR.simulator().enqueue(CannedResponse.builder(200)
                .body("application/xml", "<daily><for_day type=\"date\">Wed, 18 Jan 2017</for_day></daily>")
                .disconnectAfter(12).build());

        assertThatThrownBy(() -> http.get("/daily").asUser().xml().sendRaw()).isInstanceOf(IOException.class);
        assertThat(http.get("/daily").asUser().xml().send().status).as("the next connection is fine").isEqualTo(200);
    }

    @Test
    void aDelayedAnswerTripsAClientTimeout() {
        SIMULATOR.simulator().enqueue(CannedResponse.builder(200).delay(Duration.ofMillis(600)).build());
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(SIMULATOR.uri("/daily")).timeout(Duration.ofMillis(150)).build();

        assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void everyRequestIsRecordedAsItCame() {
        http.post("/daily/add?of_user=" + Seed.USER_ID + "&notes=a%20b").asAdmin().json()
                .header("User-Agent", "harvest4j-test/1.0")
                .body(Http.JSON, "{\"project_id\":300001,\"task_id\":400001,\"hours\":1}").send();
        http.get("/daily/").xml().send();

        RecordedRequest first = SIMULATOR.simulator().takeRequest();
        assertThat(first.sequenceNumber()).isZero();
        assertThat(first.method()).isEqualTo("POST");
        assertThat(first.path()).isEqualTo("/daily/add");
        assertThat(first.query()).isEqualTo("of_user=100003&notes=a%20b");
        assertThat(first.queryParameter("notes")).contains("a b");
        assertThat(first.target()).isEqualTo("/daily/add?of_user=100003&notes=a%20b");
        assertThat(first.header("authorization")).contains(Http.basic(Seed.ADMIN_EMAIL, Seed.ADMIN_PASSWORD));
        assertThat(first.header("Accept")).contains("application/json");
        assertThat(first.header("Content-Type")).contains("application/json");
        assertThat(first.header("User-Agent")).contains("harvest4j-test/1.0");
        assertThat(first.bodyUtf8()).isEqualTo("{\"project_id\":300001,\"task_id\":400001,\"hours\":1}");
        assertThat(first.receivedAt()).isEqualTo(Seed.START);

        RecordedRequest second = SIMULATOR.simulator().takeRequest();
        assertThat(second.path()).as("recorded as sent, before the trailing slash is ignored").isEqualTo("/daily/");
        assertThat(second.header("Authorization")).isEmpty();
        assertThat(second.body()).isEmpty();
        assertThat(SIMULATOR.simulator().requests()).containsExactly(first, second);
        assertThatThrownBy(() -> SIMULATOR.simulator().takeRequest(Duration.ofMillis(50))).isInstanceOf(AssertionError.class);
    }

    @Test
    void anUnexpectedBodyEncodingStillRecordsTheBytes() throws Exception {
        byte[] latin1 = "notes=caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        HttpRequest request = HttpRequest.newBuilder(URI.create(SIMULATOR.uri() + "/daily/add"))
                .header("Accept", "application/json").header("Content-Type", Http.FORM)
                .header("Authorization", Http.basic(Seed.USER_EMAIL, Seed.USER_PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)).build();
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(SIMULATOR.simulator().takeRequest().body()).isEqualTo(latin1);
    }
}
