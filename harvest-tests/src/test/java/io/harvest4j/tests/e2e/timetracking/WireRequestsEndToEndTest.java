package io.harvest4j.tests.e2e.timetracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.harvest4j.core.codec.Format;
import io.harvest4j.tests.e2e.support.BothFormats;
import io.harvest4j.tests.e2e.support.Role;
import io.harvest4j.tests.e2e.support.SimulatorClients;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import io.harvest4j.tests.simulator.RecordedRequest;
import io.harvest4j.tests.simulator.Seed;
import io.harvest4j.timetracking.TimeTracking;
import io.harvest4j.timetracking.model.DayEntryUpdate;
import io.harvest4j.timetracking.model.NewDayEntry;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the client puts on the wire: the headers of every call, and the bodies of add and update in each format. */
class WireRequestsEndToEndTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    @RegisterExtension
    final TimeTrackingClients clients = new TimeTrackingClients(SIMULATOR);

    private static NewDayEntry leapDayEntry() {
        return NewDayEntry.withHours(new BigDecimal("1.5")).projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID)
                .spentAt(LocalDate.of(2024, 2, 29)).notes("Backups & <restore>").build();
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    @BothFormats
    void everyCallSendsAcceptContentTypeAndUserAgent(Format format) {
        TimeTracking timeTracking = clients.as(Role.REGULAR_USER, format);
        timeTracking.daily().execute();
        timeTracking.daily(Seed.TODAY).execute();
        long id = timeTracking.add(leapDayEntry()).execute().dayEntry().id();
        timeTracking.show(id).execute();
        timeTracking.toggleTimer(id).execute();
        timeTracking.update(id, DayEntryUpdate.builder().projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID).notes("x")
                .build()).execute();
        timeTracking.delete(id).execute();

        List<RecordedRequest> requests = SIMULATOR.simulator().requests();

        assertThat(requests).extracting(RecordedRequest::method)
                .containsExactly("GET", "GET", "POST", "GET", "GET", "POST", "DELETE");
        assertThat(requests).allSatisfy(request -> {
            assertThat(request.header("Accept")).as("Accept of " + request).contains(format.mediaType());
            assertThat(request.header("Content-Type")).as("Content-Type of " + request)
                    .hasValueSatisfying(type -> assertThat(type).startsWith(format.mediaType()));
            assertThat(request.header("User-Agent")).as("User-Agent of " + request).hasValueSatisfying(agent ->
                    assertThat(agent).startsWith(SimulatorClients.APPLICATION_NAME + " harvest4j/"));
            assertThat(request.header("Authorization")).as("Authorization of " + request)
                    .hasValueSatisfying(auth -> assertThat(auth).startsWith("Basic "));
        });
    }

    @BothFormats
    void callsWithoutABodySendNone(Format format) {
        TimeTracking timeTracking = clients.as(Role.REGULAR_USER, format);
        long id = SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, Seed.TODAY,
                BigDecimal.ONE, null);
        timeTracking.daily().execute();
        timeTracking.show(id).execute();
        timeTracking.toggleTimer(id).execute();
        timeTracking.delete(id).execute();

        assertThat(SIMULATOR.simulator().requests()).allSatisfy(request ->
                assertThat(request.body()).as("body of " + request).isEmpty());
    }

    @Test
    void theXmlBodyOfAddIsWrappedInRequestWithUnderscoredNames() {
        clients.as(Role.REGULAR_USER, Format.XML).add(leapDayEntry()).execute();

        RecordedRequest add = SIMULATOR.simulator().takeRequest();
        String body = add.bodyUtf8();

        assertThat(add.path()).isEqualTo("/daily/add");
        assertThat(body.replaceFirst("^<\\?xml[^>]*\\?>", "").strip()).startsWith("<request>").endsWith("</request>");
        assertThat(body).contains("<project_id>300001</project_id>")
                .contains("<task_id>400001</task_id>")
                .contains("<spent_at>2024-02-29</spent_at>")
                .contains("<hours>1.5</hours>")
                .contains("<notes>Backups &amp; &lt;restore&gt;</notes>")
                .doesNotContain("project-id").doesNotContain("projectId").doesNotContain("spent-at");
    }

    @Test
    void theXmlBodyStartingATimerSendsBlankHours() {
        clients.as(Role.REGULAR_USER, Format.XML).add(NewDayEntry.startingTimer().projectId(Seed.WEBSITE_ID)
                .taskId(Seed.DESIGN_ID).build()).execute();

        String body = SIMULATOR.simulator().takeRequest().bodyUtf8();

        assertThat(body).containsAnyOf("<hours></hours>", "<hours/>", "<hours> </hours>");
    }

    @Test
    void theJsonBodyOfAddIsUnwrappedWithUnderscoredNames() {
        clients.as(Role.REGULAR_USER, Format.JSON).add(leapDayEntry()).execute();

        JsonObject body = json(SIMULATOR.simulator().takeRequest().bodyUtf8());

        assertThat(body.keySet()).doesNotContain("request").contains("project_id", "task_id", "spent_at", "hours", "notes");
        assertThat(body.get("project_id").toString()).isIn("300001", "\"300001\"");
        assertThat(body.get("task_id").toString()).isIn("400001", "\"400001\"");
        assertThat(body.getString("spent_at")).isEqualTo("2024-02-29");
        assertThat(body.getString("notes")).isEqualTo("Backups & <restore>");
        assertThat(body.get("hours").toString()).isIn("1.5", "\"1.5\"");
    }

    @Test
    void theJsonBodyStartingATimerSendsBlankHours() {
        clients.as(Role.REGULAR_USER, Format.JSON).add(NewDayEntry.startingTimer().projectId(Seed.WEBSITE_ID)
                .taskId(Seed.DESIGN_ID).build()).execute();

        JsonObject body = json(SIMULATOR.simulator().takeRequest().bodyUtf8());

        assertThat(body.get("hours")).isNotNull();
        assertThat(body.get("hours").getValueType()).isEqualTo(JsonValue.ValueType.STRING);
        assertThat(body.getString("hours")).isBlank();
    }

    @Test
    void theXmlBodyOfUpdateIsWrappedInRequestAndLeavesOutWhatIsNotSet() {
        long id = SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, Seed.TODAY,
                BigDecimal.ONE, "keep");
        clients.as(Role.REGULAR_USER, Format.XML).update(id, DayEntryUpdate.builder().projectId(Seed.WEBSITE_ID)
                .taskId(Seed.DESIGN_ID).hours(new BigDecimal("2.25")).build()).execute();

        RecordedRequest update = SIMULATOR.simulator().takeRequest();
        String body = update.bodyUtf8();

        assertThat(update.method()).isEqualTo("POST");
        assertThat(update.path()).isEqualTo("/daily/update/" + id);
        assertThat(body.replaceFirst("^<\\?xml[^>]*\\?>", "").strip()).startsWith("<request>");
        assertThat(body).contains("<hours>2.25</hours>").contains("<project_id>300001</project_id>")
                .doesNotContain("<notes").doesNotContain("<spent_at");
        assertThat(SIMULATOR.state().dayEntry(id).orElseThrow().notes()).contains("keep");
    }

    @Test
    void theJsonBodyOfUpdateIsUnwrappedAndLeavesOutWhatIsNotSet() {
        long id = SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, Seed.TODAY,
                BigDecimal.ONE, "keep");
        clients.as(Role.REGULAR_USER, Format.JSON).update(id, DayEntryUpdate.builder().projectId(Seed.WEBSITE_ID)
                .taskId(Seed.DESIGN_ID).hours(new BigDecimal("2.25")).build()).execute();

        JsonObject body = json(SIMULATOR.simulator().takeRequest().bodyUtf8());

        assertThat(body.keySet()).doesNotContain("request", "notes", "spent_at").contains("project_id", "task_id");
        assertThat(body.get("hours").toString()).isIn("2.25", "\"2.25\"");
        assertThat(SIMULATOR.state().dayEntry(id).orElseThrow().notes()).contains("keep");
    }

    @BothFormats
    void ofUserIsSentAsAQueryParameter(Format format) {
        clients.as(Role.ADMINISTRATOR, format).ofUser(Seed.USER_ID).daily(LocalDate.of(2024, 12, 31)).execute();

        RecordedRequest request = SIMULATOR.simulator().takeRequest();

        assertThat(request.path()).isEqualTo("/daily/366/2024");
        assertThat(request.query()).isEqualTo("of_user=" + Seed.USER_ID);
    }

    @BothFormats
    void ownCallsSendNoQuery(Format format) {
        clients.as(Role.ADMINISTRATOR, format).daily().execute();

        assertThat(SIMULATOR.simulator().takeRequest().target()).isEqualTo("/daily");
    }
}
