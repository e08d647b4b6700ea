package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a probe of the simulator found: values it stored whatever their size, numbers and names it
 * took seconds to read, and a message that said "Internal Error". Each is refused at once now.
 */
class HostileRequestTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(SIMULATOR.uri());
    }

    @Test
    void hoursOfAMillionDigitsAreRefused() {
        Response response = http.post("/daily/add").asUser().json()
                .body(Http.FORM, "project_id=300001&task_id=400001&hours=" + "9".repeat(1_000_000)).send();

        assertThat(response.status).isEqualTo(400);
        assertThat(SIMULATOR.simulator().state().all(Resource.DAY_ENTRIES)).hasSize(countBefore());
    }

    @Test
    void hoursOfAFewThousandDigitsAreNoNumberOfHours() {
        Response response = http.post("/daily/add").asUser().json()
                .body(Http.FORM, "project_id=300001&task_id=400001&hours=" + "9".repeat(5_000)).send();

        assertThat(response.status).isEqualTo(400);
        assertThat(response.header("Hint")).startsWith("hours must be a number of hours");
    }

    @Test
    void aQueryNameNestedFiftyThousandLevelsIsRefused() {
        String name = "request" + "[a]".repeat(50_000);
        Response response = http.get("/daily?" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "=1").asUser().json().send();

        assertThat(response.status).isEqualTo(400);
        assertThat(response.json().getString("message")).contains("parameter name");
    }

    @Test
    void aNameNestedMoreThanAHundredLevelsIsRefused() {
        String name = "request" + "[a]".repeat(101);
        Response response = http.get("/daily?" + name + "=1").asUser().json().send();

        assertThat(response.status).isEqualTo(400);
        assertThat(response.json().getString("message")).contains("nested more than 100 levels");
    }

    @Test
    void notesOfNineMegabytesAreRefusedNotStored() {
        String notes = "n".repeat(9_000_000);
        for (String contentType : new String[] {Http.JSON, Http.FORM, Http.XML}) {
            String body = contentType.equals(Http.JSON)
                    ? "{\"project_id\":300001,\"task_id\":400001,\"hours\":1,\"notes\":\"" + notes + "\"}"
                    : contentType.equals(Http.FORM) ? "project_id=300001&task_id=400001&hours=1&notes=" + notes
                    : "<request><project_id>300001</project_id><task_id>400001</task_id><hours>1</hours><notes>"
                            + notes + "</notes></request>";
            Response response = http.post("/daily/add").asUser().json().body(contentType, body).send();

            assertThat(response.status).as(contentType).isEqualTo(400);
            assertThat(response.json().getString("message")).as(contentType).contains("notes is too long (at most 65535 characters)");
        }
        assertThat(SIMULATOR.simulator().state().all(Resource.DAY_ENTRIES)).hasSize(countBefore());
    }

    @Test
    void notesOfTheLongestStoredLengthAreStored() {
        String notes = "n".repeat(65_535);
        Response response = http.post("/daily/add").asUser().json()
                .body(Http.JSON, "{\"project_id\":300001,\"task_id\":400001,\"hours\":1,\"notes\":\"" + notes + "\"}").send();

        assertThat(response.status).isEqualTo(201);
    }

    @Test
    void aJsonBodyThatIsNoObjectSaysSo() {
        for (String body : new String[] {"null", "\"str\"", "42", "[1]"}) {
            Response response = http.post("/daily/add").asUser().json().body(Http.JSON, body).send();

            assertThat(response.status).as(body).isEqualTo(400);
            assertThat(response.json().getString("message")).as(body).isEqualTo("The JSON body must be an object");
        }
    }

    @Test
    void theRecordingIsBoundedInBytesKeepingTheNewest() {
        try (HarvestSimulator simulator = HarvestSimulator.builder().recordingAtMostBytes(1_000_000).build().start()) {
            Http direct = new Http(simulator.uri());
            for (int i = 0; i < 5; i++) {
                direct.post("/daily/add?n=" + i).asUser().json().body(Http.JSON, " ".repeat(400_000) + "{}").send();
            }

            assertThat(simulator.requestCount()).isEqualTo(5);
            assertThat(simulator.requests()).extracting(r -> r.queryParameter("n").orElseThrow()).containsExactly("3", "4");
            assertThat(simulator.takeRequest().queryParameter("n")).contains("3");
        }
    }

    /** Found by the request fuzzing: not blank, empty once trimmed, and Long.parseLong("") answered 500. */
    @Test
    void anIdOfControlCharactersAloneIsRefusedNot500() {
        Response response = http.post("/contacts").asAdmin().json()
                .body(Http.FORM, "contact[client_id]=%00&contact[first_name]=Jane&contact[last_name]=Roe").send();

        assertThat(response.status).isEqualTo(400);
        assertThat(response.header("Hint")).contains("client_id must be a number");
    }

    /** The same in the projects' {@code client} filter. */
    @Test
    void aClientFilterOfControlCharactersAloneIsNoClientNot500() {
        Response response = http.get("/projects?client=%01").asAdmin().json().send();

        assertThat(response.status).isEqualTo(404);
    }

    private static int countBefore() {
        return HarvestSimulator.builder().build().state().all(Resource.DAY_ENTRIES).size();
    }
}
