package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TimerTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(SIMULATOR.uri());
    }

    @Test
    void aBlankHoursStartsATimerWhoseHoursGrowWithTheClock() {
        String body = "<request><notes>Timer</notes><hours> </hours><project_id>300001</project_id>"
                + "<task_id>400002</task_id></request>";

        Response added = http.post("/daily/add").asUser().xml().body(Http.XML, body).send();

        assertThat(added.status).isEqualTo(201);
        XmlNode entry = added.xml().child("day_entry");
        assertThat(entry.text("hours")).isEqualTo("0.00");
        assertThat(entry.child("timer_started_at").attribute("type")).isEqualTo("datetime");
        assertThat(entry.child("timer_started_at").rawText()).as("padded as documented")
                .isEqualTo("\n      Wed, 18 Jan 2017 15:00:00 +0000\n    ");
        assertThat(entry.childNames()).containsSequence("notes", "timer_started_at", "created_at");
        long id = Long.parseLong(entry.text("id"));

        SIMULATOR.clock().advance(Duration.ofMinutes(30));
        JsonObject shown = http.get("/daily/show/" + id).asUser().json().send().json();
        assertThat(shown.getJsonNumber("hours").bigDecimalValue()).isEqualByComparingTo("0.50");
        assertThat(shown.getJsonNumber("hours_without_timer").bigDecimalValue()).isEqualByComparingTo("0");
        assertThat(shown.getString("timer_started_at")).isEqualTo("2017-01-18T15:00:00Z");

        SIMULATOR.clock().advance(Duration.ofMinutes(1));
        assertThat(SIMULATOR.state().dayEntry(id).orElseThrow().hours()).as("31 min = 0.5166… → 0.52")
                .isEqualByComparingTo("0.52");
    }

    @Test
    void anAbsentHoursStartsATimerTooAndStopsTheOtherRunningOne() {
        long first = json(http.post("/daily/add?project_id=300001&task_id=400002").asUser().json().send());
        SIMULATOR.clock().advance(Duration.ofMinutes(30));

        Response second = http.post("/daily/add").asUser().json()
                .body(Http.JSON, "{\"project_id\":\"300002\",\"task_id\":\"400002\",\"notes\":\"second\"}").send();

        assertThat(second.status).isEqualTo(201);
        assertThat(second.json().getJsonNumber("hours_for_previously_running_timer").bigDecimalValue())
                .isEqualByComparingTo("0.50");
        assertThat(second.json().containsKey("timer_started_at")).isTrue();
        DayEntrySnapshot stopped = SIMULATOR.state().dayEntry(first).orElseThrow();
        assertThat(stopped.isRunning()).isFalse();
        assertThat(stopped.hours()).isEqualByComparingTo("0.50");
        assertThat(SIMULATOR.state().runningTimer(Seed.USER_ID).orElseThrow().notes()).contains("second");
    }

    @Test
    void theTimerCallTogglesAndReportsTheTimerItStopped() {
        long first = json(http.post("/daily/add?project_id=300001&task_id=400002&notes=first").asUser().json().send());
        SIMULATOR.clock().advance(Duration.ofMinutes(30));
        long second = json(http.post("/daily/add?project_id=300002&task_id=400002&notes=second").asUser().json().send());
        SIMULATOR.clock().advance(Duration.ofMinutes(10));

        Response restarted = http.get("/daily/timer/" + first).asUser().xml().send();

        assertThat(restarted.status).isEqualTo(200);
        XmlNode timer = restarted.xml();
        assertThat(timer.childNames()).containsExactly("day_entry", "hours_for_previously_running_timer");
        assertThat(timer.child("hours_for_previously_running_timer").attribute("type")).isEqualTo("float");
        assertThat(timer.text("hours_for_previously_running_timer")).as("10 minutes").isEqualTo("0.17");
        assertThat(timer.child("day_entry").text("id")).isEqualTo(Long.toString(first));
        assertThat(timer.child("day_entry").text("hours")).isEqualTo("0.50");
        assertThat(timer.child("day_entry").has("timer_started_at")).isTrue();
        assertThat(SIMULATOR.state().dayEntry(second).orElseThrow().isRunning()).isFalse();

        SIMULATOR.clock().advance(Duration.ofMinutes(6));
        Response stopped = http.get("/daily/timer/" + first).asUser().xml().send();

        assertThat(stopped.xml().childNames()).containsExactly("day_entry");
        assertThat(stopped.xml().child("day_entry").text("hours")).isEqualTo("0.60");
        assertThat(stopped.xml().child("day_entry").has("timer_started_at")).isFalse();
        assertThat(SIMULATOR.state().runningTimer(Seed.USER_ID)).isEmpty();
    }

    @Test
    void updatingTheHoursOfARunningTimerCountsOnFromTheNewValue() {
        long id = json(http.post("/daily/add?project_id=300001&task_id=400002").asUser().json().send());
        SIMULATOR.clock().advance(Duration.ofMinutes(30));

        http.post("/daily/update/" + id + "?hours=2").asUser().json().send();
        SIMULATOR.clock().advance(Duration.ofMinutes(15));

        DayEntrySnapshot entry = SIMULATOR.state().dayEntry(id).orElseThrow();
        assertThat(entry.isRunning()).isTrue();
        assertThat(entry.hours()).isEqualByComparingTo("2.25");
    }

    @Test
    void concurrentTimersOfOneUserLeaveExactlyOneRunning() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                calls.add(CompletableFuture.supplyAsync(
                        () -> http.post("/daily/add?project_id=300001&task_id=400002").asUser().json().send(), pool));
            }
            for (CompletableFuture<Response> call : calls) {
                assertThat(call.get().status).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(SIMULATOR.state().dayEntries()).hasSize(24);
        assertThat(SIMULATOR.state().dayEntries().stream().filter(DayEntrySnapshot::isRunning)).hasSize(1);
    }

    // ---- timestamp timers

    @Test
    void timestampAccountsReportItInWhoAmI() {
        SIMULATOR.simulator().setTimestampTimers(true);

        assertThat(http.get("/account/who_am_i").asUser().xml().send().xml().child("user").text("timestamp-timers"))
                .isEqualTo("true");
    }

    @Test
    void timestampAccountsTakeStartedAtAndEndedAtInsteadOfHours() {
        SIMULATOR.simulator().setTimestampTimers(true);
        String body = "<request>\n  <notes>Test api support</notes>\n  <started_at>8:00am</started_at>\n"
                + "  <ended_at>9:30am</ended_at>\n  <project_id type=\"integer\">300001</project_id>\n"
                + "  <task_id type=\"integer\">400001</task_id>\n  <spent_at type=\"date\">Tue, 17 Jan 2017</spent_at>\n"
                + "</request>";

        Response response = http.post("/daily/add").asUser().xml().body(Http.XML, body).send();

        assertThat(response.status).as(response.toString()).isEqualTo(201);
        XmlNode entry = response.xml().child("day_entry");
        assertThat(entry.text("hours")).isEqualTo("1.50");
        assertThat(entry.text("started_at")).isEqualTo("8:00am");
        assertThat(entry.text("ended_at")).isEqualTo("9:30am");
        assertThat(entry.childNames()).endsWith("created_at", "updated_at", "started_at", "ended_at");
    }

    @Test
    void timestampAccountsStartATimerOnBlankTimesAndNeverRestartAStoppedOne() {
        SIMULATOR.simulator().setTimestampTimers(true);
        String body = "<request><notes>stamp</notes><started_at> </started_at><ended_at> </ended_at>"
                + "<project_id>300001</project_id><task_id>400002</task_id></request>";

        XmlNode running = http.post("/daily/add").asUser().xml().body(Http.XML, body).send().xml().child("day_entry");

        assertThat(running.text("started_at")).as("10:00 in New York").isEqualTo("10:00am");
        assertThat(running.child("ended_at").isNil()).isFalse();
        assertThat(running.text("ended_at")).isEmpty();
        assertThat(running.has("timer_started_at")).isTrue();
        long id = Long.parseLong(running.text("id"));

        SIMULATOR.clock().advance(Duration.ofMinutes(45));
        XmlNode stopped = http.get("/daily/timer/" + id).asUser().xml().send().xml().child("day_entry");
        assertThat(stopped.text("ended_at")).isEqualTo("10:45am");
        assertThat(stopped.text("hours")).isEqualTo("0.75");

        SIMULATOR.clock().advance(Duration.ofMinutes(5));
        XmlNode restarted = http.get("/daily/timer/" + id).asUser().xml().send().xml().child("day_entry");
        assertThat(Long.parseLong(restarted.text("id"))).isNotEqualTo(id);
        assertThat(restarted.text("notes")).isEqualTo("stamp");
        assertThat(restarted.text("project_id")).isEqualTo("300001");
        assertThat(restarted.text("task_id")).isEqualTo("400002");
        assertThat(restarted.text("started_at")).isEqualTo("10:50am");
        assertThat(restarted.has("timer_started_at")).isTrue();
        DayEntrySnapshot original = SIMULATOR.state().dayEntry(id).orElseThrow();
        assertThat(original.isRunning()).isFalse();
        assertThat(original.hours()).isEqualByComparingTo("0.75");
    }

    @Test
    void timestampTimesMustComeInPairsAndInOrder() {
        SIMULATOR.simulator().setTimestampTimers(true);

        Response lonely = http.post("/daily/add?project_id=300001&task_id=400002&started_at=8:00am").asUser().json().send();
        Response backwards = http.post("/daily/add?project_id=300001&task_id=400002&started_at=9:00am&ended_at=8:00am")
                .asUser().json().send();

        assertThat(lonely.status).isEqualTo(400);
        assertThat(lonely.header("Hint")).contains("started_at and ended_at");
        assertThat(backwards.status).isEqualTo(400);
        assertThat(backwards.header("Hint")).contains("before started_at");
    }

    @Test
    void durationAccountsShowNoTimestamps() {
        SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, Seed.TODAY, BigDecimal.ONE, "n");

        JsonObject entry = http.get("/daily").asUser().json().send().json().getJsonArray("day_entries").getJsonObject(0);

        assertThat(entry.containsKey("started_at")).isFalse();
        assertThat(entry.containsKey("ended_at")).isFalse();
        assertThat(entry.containsKey("timer_started_at")).isFalse();
    }

    private static long json(Response response) {
        assertThat(response.status).as(response.toString()).isEqualTo(201);
        return response.json().getJsonNumber("id").longValue();
    }
}
