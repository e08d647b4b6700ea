package io.harvest4j.tests.e2e.timetracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.harvest4j.core.codec.Format;
import io.harvest4j.tests.e2e.support.BothFormats;
import io.harvest4j.tests.e2e.support.Role;
import io.harvest4j.tests.simulator.CannedResponse;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import io.harvest4j.tests.simulator.Seed;
import io.harvest4j.timetracking.model.Daily;
import io.harvest4j.timetracking.model.DailyProject;
import io.harvest4j.timetracking.model.DayEntry;
import io.harvest4j.timetracking.model.NewDayEntry;
import io.harvest4j.timetracking.model.TimerResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Answers written the way the public documentation shows them (XML) and the way the v1 service's
 * JSON was seen (API.md §4–§5), sent by the simulator as canned answers: the forms the simulator
 * itself does not write (padded values, {@code -0000}, the sparse answer of {@code /daily/add},
 * ids as strings, unknown fields) still decode. The bodies are this test's own.
 */
class DocumentedAnswersEndToEndTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    @RegisterExtension
    final TimeTrackingClients clients = new TimeTrackingClients(SIMULATOR);

    private static final String DAILY_XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<daily>\n"
            + "  <for_day type=\"date\">Thu, 29 Feb 2024</for_day>\n"
            + "  <day_entries>\n"
            + "    <day_entry>\n"
            + "      <id type=\"integer\">2500000042</id>\n"
            + "      <spent_at type=\"date\">2024-02-29</spent_at>\n"
            + "      <user_id type=\"integer\">100003</user_id>\n"
            + "      <client>Acme &amp; Sons</client>\n"
            + "      <project_id>300001</project_id>\n"
            + "      <project>Website Redesign</project>\n"
            + "      <task_id>400001</task_id>\n"
            + "      <task>Design</task>\n"
            + "      <hours type=\"float\">2.06</hours>\n"
            + "      <notes>Leap day</notes>\n"
            + "      <timer_started_at type=\"datetime\">\n"
            + "        Thu, 29 Feb 2024 09:53:06 -0000\n"
            + "      </timer_started_at>\n"
            + "      <created_at type=\"datetime\">Thu, 29 Feb 2024 08:00:00 +0000</created_at>\n"
            + "      <updated_at type=\"datetime\">Thu, 29 Feb 2024 09:53:06 +0000</updated_at>\n"
            + "      <is_billed type=\"boolean\">false</is_billed>\n"
            + "      <started_at>8:00am</started_at>\n"
            + "      <ended_at></ended_at>\n"
            + "    </day_entry>\n"
            + "    <day_entry>\n"
            + "      <id type=\"integer\">2500000043</id>\n"
            + "      <spent_at type=\"date\">2024-02-29</spent_at>\n"
            + "      <user_id type=\"integer\">100003</user_id>\n"
            + "      <client>Globex</client>\n"
            + "      <project_id>300003</project_id>\n"
            + "      <project>Internal</project>\n"
            + "      <task_id>400004</task_id>\n"
            + "      <task>Meetings</task>\n"
            + "      <hours type=\"float\">0.5</hours>\n"
            + "      <notes nil=\"true\"/>\n"
            + "    </day_entry>\n"
            + "  </day_entries>\n"
            + "  <projects>\n"
            + "    <project>\n"
            + "      <name>Internal</name>\n"
            + "      <code></code>\n"
            + "      <id type=\"integer\">300003</id>\n"
            + "      <billable type=\"boolean\">false</billable>\n"
            + "      <client>Globex</client>\n"
            + "      <tasks>\n"
            + "        <task>\n"
            + "          <name>Meetings</name>\n"
            + "          <id type=\"integer\">400004</id>\n"
            + "          <billable type=\"boolean\">false</billable>\n"
            + "        </task>\n"
            + "      </tasks>\n"
            + "    </project>\n"
            + "  </projects>\n"
            + "</daily>\n";

    private static final String DAILY_JSON = "{\"for_day\":\"2024-02-29\",\"day_entries\":[{\"id\":2500000042,"
            + "\"spent_at\":\"2024-02-29\",\"user_id\":100003,\"client\":\"Acme & Sons\",\"project_id\":\"300001\","
            + "\"project\":\"Website Redesign\",\"task_id\":\"400001\",\"task\":\"Design\",\"hours\":2.06,"
            + "\"hours_without_timer\":1.0,\"notes\":\"Leap day\",\"timer_started_at\":\"2024-02-29T09:53:06Z\","
            + "\"created_at\":\"2024-02-29T08:00:00Z\",\"updated_at\":\"2024-02-29T09:53:06Z\",\"is_billed\":false,"
            + "\"started_at\":\"8:00am\",\"ended_at\":\"\"},{\"id\":2500000043,\"spent_at\":\"2024-02-29\","
            + "\"user_id\":100003,\"client\":\"Globex\",\"project_id\":\"300003\",\"project\":\"Internal\","
            + "\"task_id\":\"400004\",\"task\":\"Meetings\",\"hours\":0.5,\"notes\":null}],"
            + "\"projects\":[{\"name\":\"Internal\",\"code\":\"\",\"id\":300003,\"billable\":false,\"client\":\"Globex\","
            + "\"tasks\":[{\"name\":\"Meetings\",\"id\":400004,\"billable\":false}]}]}";

    private static final String ADD_XML = "<timer>\n"
            + "  <day_entry>\n"
            + "    <id type=\"integer\">2500000044</id>\n"
            + "    <client>Acme &amp; Sons</client>\n"
            + "    <project>Website Redesign</project>\n"
            + "    <task>Design</task>\n"
            + "    <hours>0.00</hours>\n"
            + "    <notes>Started</notes>\n"
            + "    <timer_started_at type=\"datetime\">\n"
            + "      Wed, 18 Jan 2017 15:00:00 +0000\n"
            + "    </timer_started_at>\n"
            + "  </day_entry>\n"
            + "  <hours_for_previously_running_timer type=\"float\">\n"
            + "    0.87\n"
            + "  </hours_for_previously_running_timer>\n"
            + "</timer>\n";

    private static final String ADD_JSON = "{\"id\":2500000044,\"client\":\"Acme & Sons\",\"project\":\"Website Redesign\","
            + "\"task\":\"Design\",\"hours\":0.0,\"notes\":\"Started\",\"timer_started_at\":\"2017-01-18T15:00:00Z\","
            + "\"hours_for_previously_running_timer\":0.87}";

    @BothFormats
    void aDocumentedDailyAnswerDecodes(Format format) {
        SIMULATOR.simulator().enqueue(format == Format.XML ? CannedResponse.xml(200, DAILY_XML)
                : CannedResponse.json(200, DAILY_JSON));

        Daily day = clients.as(Role.REGULAR_USER, format).daily(LocalDate.of(2024, 2, 29)).execute();

        assertThat(day.forDay()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(day.dayEntries()).hasSize(2);
        DayEntry running = day.dayEntry(2_500_000_042L).orElseThrow();
        assertThat(running.spentAt()).contains(LocalDate.of(2024, 2, 29));
        assertThat(running.userId()).contains(Seed.USER_ID);
        assertThat(running.client()).isEqualTo("Acme & Sons");
        assertThat(running.projectId()).contains(Seed.WEBSITE_ID);
        assertThat(running.taskId()).contains(Seed.DESIGN_ID);
        assertThat(running.hours()).isEqualByComparingTo("2.06");
        assertThat(running.notes()).contains("Leap day");
        assertThat(running.timerStartedAt().orElseThrow().toInstant()).isEqualTo(Instant.parse("2024-02-29T09:53:06Z"));
        assertThat(running.createdAt().orElseThrow().toInstant()).isEqualTo(Instant.parse("2024-02-29T08:00:00Z"));
        assertThat(running.startTime()).contains(LocalTime.of(8, 0));
        assertThat(running.endedAt()).isEmpty();
        DayEntry stopped = day.dayEntry(2_500_000_043L).orElseThrow();
        assertThat(stopped.notes()).isEmpty();
        assertThat(stopped.isTimerRunning()).isFalse();
        assertThat(stopped.hours()).isEqualByComparingTo("0.50");
        DailyProject internal = day.projects().get(0);
        assertThat(internal.id()).isEqualTo(Seed.INTERNAL_ID);
        assertThat(internal.code()).isEmpty();
        assertThat(internal.isBillable()).isFalse();
        assertThat(internal.clientId()).isEmpty();
        assertThat(internal.tasks()).singleElement().satisfies(task -> {
            assertThat(task.id()).isEqualTo(Seed.MEETINGS_ID);
            assertThat(task.isBillable()).isFalse();
        });
    }

    @BothFormats
    void theSparseDocumentedAnswerOfAddDecodes(Format format) {
        SIMULATOR.simulator().enqueue(format == Format.XML ? CannedResponse.xml(201, ADD_XML)
                : CannedResponse.json(201, ADD_JSON));

        TimerResult result = clients.as(Role.REGULAR_USER, format).add(NewDayEntry.startingTimer()
                .projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID).notes("Started").build()).execute();

        assertThat(result.dayEntry().id()).isEqualTo(2_500_000_044L);
        assertThat(result.dayEntry().project()).isEqualTo("Website Redesign");
        assertThat(result.dayEntry().projectId()).isEmpty();
        assertThat(result.dayEntry().spentAt()).isEmpty();
        assertThat(result.dayEntry().hours()).isEqualByComparingTo("0");
        assertThat(result.dayEntry().timerStartedAt().orElseThrow().toInstant()).isEqualTo(Seed.START);
        assertThat(result.hoursForPreviouslyRunningTimer().orElseThrow()).isEqualByComparingTo("0.87");
    }

    @Test
    void hoursWithoutTheTimerAreReadFromJson() {
        SIMULATOR.simulator().enqueue(CannedResponse.json(200, DAILY_JSON));

        Daily day = clients.as(Role.REGULAR_USER, Format.JSON).daily().execute();

        assertThat(day.dayEntry(2_500_000_042L).orElseThrow().hoursWithoutTimer().orElseThrow())
                .isEqualByComparingTo(BigDecimal.ONE);
    }
}
