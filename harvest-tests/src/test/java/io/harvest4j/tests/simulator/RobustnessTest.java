package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What no request may do: hold a thread forever, exhaust the memory, answer 500, or make an answer malformed. */
class RobustnessTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension(HarvestSimulator.builder().withoutThrottle());

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(SIMULATOR.uri());
    }

    // ---- body size

    @Test
    void aBodyOverTheLimitIs413AndIsNeitherServedNorKept() throws Exception {
        byte[] huge = jsonAddPaddedTo(ExchangeHandler.MAX_BODY_BYTES);

        HttpResponse<String> response = CLIENT.send(post(HttpRequest.BodyPublishers.ofByteArray(huge)),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(response.body()).contains("Too Large");
        assertThat(SIMULATOR.state().dayEntries()).isEmpty();
        RecordedRequest recorded = SIMULATOR.simulator().takeRequest();
        assertThat(recorded.path()).isEqualTo("/daily/add");
        assertThat(recorded.body()).as("not kept in memory").isEmpty();
        assertThat(http.get("/daily").asUser().json().send().status).as("still serving").isEqualTo(200);
    }

    @Test
    void aChunkedBodyOverTheLimitIs413Too() throws Exception {
        byte[] huge = jsonAddPaddedTo(ExchangeHandler.MAX_BODY_BYTES);

        // a body of unknown length is sent chunked: no Content-Length tells its size beforehand
        HttpResponse<String> response = CLIENT.send(post(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(SIMULATOR.state().dayEntries()).isEmpty();
    }

    @Test
    void aBodyJustUnderTheLimitIsServed() throws Exception {
        byte[] large = jsonAddPaddedTo(ExchangeHandler.MAX_BODY_BYTES - 200);

        HttpResponse<Void> response = CLIENT.send(post(HttpRequest.BodyPublishers.ofByteArray(large)),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.statusCode()).isEqualTo(201);
    }

    // ---- slow clients

    @Test
    void aClientThatStopsMidRequestIsCutOffInsteadOfHoldingAThreadForever() throws Exception {
        // the JDK server reads its limit once, when the first server starts: the simulator sets it then
        String configured = System.getProperty("sun.net.httpserver.maxReqTime");
        long limit = configured == null ? 5 : Long.parseLong(configured);
        try (Socket stalledHeaders = new Socket("127.0.0.1", SIMULATOR.simulator().port());
                Socket stalledBody = new Socket("127.0.0.1", SIMULATOR.simulator().port())) {
            write(stalledHeaders, "GET /daily HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: appli");
            write(stalledBody, "POST /daily/add HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"notes\":");
            long started = System.nanoTime();

            assertClosedWithin(stalledHeaders, limit + 10);
            assertClosedWithin(stalledBody, limit + 10);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(limit + 10));
        }
        assertThat(http.get("/daily").asUser().json().send().status).isEqualTo(200);
    }

    // ---- bodies that do not parse

    @Test
    void jsonNestedTooDeeplyIs400NotA500() {
        String deep = "{\"notes\":" + "[".repeat(5000) + "]".repeat(5000) + "}";

        Response response = http.post("/daily/add").asUser().json().body(Http.JSON, deep).send();

        assertThat(response.status).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Hint")).startsWith("Malformed JSON body");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "1e-999999999", "1e3", "+1", "-1", "\u0661\u0662", "1.5.0", "1:75"})
    void hoursThatAreNoPlainNumberAre400(String hours) {
        Response response = http.post("/daily/add?project_id=300001&task_id=400001&hours="
                + URLEncoder.encode(hours, StandardCharsets.UTF_8)).asUser().json().send();

        assertThat(response.status).as(response.toString()).isEqualTo(400);
        assertThat(response.header("Hint")).startsWith("hours must be a number of hours");
        assertThat(SIMULATOR.state().dayEntries()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "1.07", ".5", "2.", " 1.25 ", "1:30", "0"})
    void hoursInTheDocumentedFormsStillWork(String hours) {
        Response response = http.post("/daily/add?project_id=300001&task_id=400001&hours="
                + URLEncoder.encode(hours, StandardCharsets.UTF_8)).asUser().json().send();

        assertThat(response.status).as(response.toString()).isEqualTo(201);
    }

    @Test
    void digitsOfOtherScriptsAreNoDayOfTheYear() {
        // "/daily/١/٢٠١٧": Arabic-Indic digits, which Integer.parseInt reads as 1 and 2017
        Response response = http.get("/daily/%D9%A1/%D9%A2%D9%A0%D9%A1%D9%A7").asUser().json().send();

        assertThat(response.status).isEqualTo(404);
    }

    // ---- answers stay well-formed and of sane size

    @Test
    void charactersXmlCannotHoldAreReplacedSoTheXmlAnswerStaysWellFormed() {
        // JSON can carry what no XML 1.0 document may: control characters, U+FFFE, a lone surrogate
        Response added = http.post("/daily/add").asUser().json().body(Http.JSON,
                "{\"notes\":\"a\\u0001b\\u0000c\\uFFFEd\\uD800e\\uD83D\\uDE00\\t\",\"hours\":1,"
                        + "\"project_id\":300001,\"task_id\":400001}").send();
        assertThat(added.status).as(added.toString()).isEqualTo(201);

        Response show = http.get("/daily/show/" + Seed.FIRST_DAY_ENTRY_ID).asUser().xml().send();
        Response missing = http.get("/daily/show/%01").asUser().xml().send();

        assertThat(show.xml().child("day_entry").child("notes").rawText()).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uD83D\uDE00\t");
        assertThat(missing.status).isEqualTo(404);
        assertThat(missing.xml().text("message")).isEqualTo("No day entry \uFFFD");
        assertThat(SIMULATOR.state().dayEntry(Seed.FIRST_DAY_ENTRY_ID).orElseThrow().notes())
                .as("stored as sent").hasValue("a\u0001b\u0000c\uFFFEd\uD800e\uD83D\uDE00\t");
    }

    @Test
    void aHintQuotingAHugeValueIsCut() {
        String huge = "x".repeat(60_000); // under the 65,535 characters a value may have

        Response response = http.post("/daily/add").asUser().json()
                .body(Http.FORM, "project_id=300001&task_id=400001&hours=" + huge).send();

        assertThat(response.status).isEqualTo(400);
        assertThat(response.header("Hint")).startsWith("hours must be a number of hours").endsWith("...").hasSize(400);
        assertThat(response.json().getString("message")).as("the body keeps it whole").contains(huge);
    }

    // ---- helpers

    /** A /daily/add body of that size: its fields, then white space (no value may be longer than 65,535 characters). */
    private static byte[] jsonAddPaddedTo(int totalBytes) {
        String head = "{\"project_id\":300001,\"task_id\":400001,\"hours\":1,\"notes\":\"n\"";
        String tail = "}";
        byte[] body = new byte[totalBytes + 1];
        Arrays.fill(body, (byte) ' ');
        System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, body, 0, head.length());
        System.arraycopy(tail.getBytes(StandardCharsets.US_ASCII), 0, body, body.length - tail.length(), tail.length());
        return body;
    }

    private static HttpRequest post(HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(URI.create(SIMULATOR.uri() + "/daily/add"))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", Http.JSON).header("Content-Type", Http.JSON)
                .header("Authorization", Http.basic(Seed.USER_EMAIL, Seed.USER_PASSWORD))
                .POST(body).build();
    }

    private static void write(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static void assertClosedWithin(Socket socket, long seconds) throws IOException {
        socket.setSoTimeout((int) Duration.ofSeconds(seconds).toMillis());
        InputStream in = socket.getInputStream();
        try {
            byte[] answer = in.readAllBytes();
            assertThat(new String(answer, StandardCharsets.US_ASCII)).as("nothing is answered to half a request")
                    .doesNotContain("200 OK").doesNotContain("201 Created");
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server still held a half-sent request after " + seconds + " s", e);
        } catch (IOException reset) {
            // closed by a reset: closed all the same
        }
    }
}
