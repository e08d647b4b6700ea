package io.harvest4j.tests.e2e.timetracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.MayHaveBeenProcessedException;
import io.harvest4j.core.ServerException;
import io.harvest4j.core.TransportException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.tests.e2e.support.BothFormats;
import io.harvest4j.tests.e2e.support.Role;
import io.harvest4j.tests.simulator.CannedResponse;
import io.harvest4j.tests.simulator.DayEntrySnapshot;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import io.harvest4j.tests.simulator.RecordedRequest;
import io.harvest4j.tests.simulator.Seed;
import io.harvest4j.timetracking.TimeTracking;
import io.harvest4j.timetracking.model.Daily;
import io.harvest4j.timetracking.model.DayEntry;
import io.harvest4j.timetracking.model.DayEntryUpdate;
import io.harvest4j.timetracking.model.NewDayEntry;
import io.harvest4j.timetracking.model.TimerResult;
import java.math.BigDecimal;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A 502 may come after the service processed the call: calls that change something when repeated
 * (toggling a timer, adding an entry) are never sent twice; reads and overwrites are retried. The
 * clients here retry without waiting.
 */
class RetrySafetyEndToEndTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    @RegisterExtension
    final TimeTrackingClients clients = new TimeTrackingClients(SIMULATOR);

    private static final CannedResponse BAD_GATEWAY = CannedResponse.html(502, "<html><body><h1>502 Bad Gateway</h1></body></html>");

    private static long stoppedEntry() {
        return SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, Seed.TODAY,
                new BigDecimal("1.00"), "entry");
    }

    // ---- never repeated

    @BothFormats
    void toggleTimerIsNotRetriedAfterA502(Format format) {
        long id = stoppedEntry();
        SIMULATOR.simulator().enqueue(BAD_GATEWAY);

        assertThatThrownBy(() -> clients.withoutWaits(Role.REGULAR_USER, format).toggleTimer(id).execute())
                .isInstanceOf(MayHaveBeenProcessedException.class)
                .cause().isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.status()).isEqualTo(502));
        assertThat(SIMULATOR.simulator().requests()).extracting(RecordedRequest::path)
                .containsExactly("/daily/timer/" + id);
        assertThat(SIMULATOR.state().dayEntry(id).orElseThrow().isRunning()).isFalse();
    }

    @BothFormats
    void toggleTimerAsyncIsNotRetriedAfterA502(Format format) {
        long id = stoppedEntry();
        SIMULATOR.simulator().enqueue(BAD_GATEWAY);

        assertThatThrownBy(() -> clients.withoutWaits(Role.REGULAR_USER, format).toggleTimer(id).executeAsync().join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(MayHaveBeenProcessedException.class)
                .hasRootCauseInstanceOf(ServerException.class);
        assertThat(SIMULATOR.simulator().requestCount()).isEqualTo(1);
    }

    @BothFormats
    void addIsNotRetriedAfterA502(Format format) {
        SIMULATOR.simulator().enqueue(BAD_GATEWAY);

        assertThatThrownBy(() -> clients.withoutWaits(Role.REGULAR_USER, format).add(NewDayEntry
                .withHours(BigDecimal.ONE).projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID).build()).execute())
                .isInstanceOf(MayHaveBeenProcessedException.class)
                .cause().isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.status()).isEqualTo(502));
        assertThat(SIMULATOR.simulator().requests()).extracting(RecordedRequest::path).containsExactly("/daily/add");
        assertThat(SIMULATOR.state().dayEntries()).isEmpty();
    }

    @BothFormats
    void addStartingATimerIsNotRetriedAfterA504(Format format) {
        SIMULATOR.simulator().enqueue(CannedResponse.status(504));

        assertThatThrownBy(() -> clients.withoutWaits(Role.REGULAR_USER, format).add(NewDayEntry.startingTimer()
                .projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID).build()).executeAsync().join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(MayHaveBeenProcessedException.class)
                .hasRootCauseInstanceOf(ServerException.class);
        assertThat(SIMULATOR.simulator().requestCount()).isEqualTo(1);
    }

    @BothFormats
    void addIsSentAgainAfterAThrottledAnswerAndCreatesOneEntry(Format format) {
        SIMULATOR.simulator().enqueue(CannedResponse.builder(503).header("Retry-After", "1")
                .body("application/json", "{\"message\":\"This request has been throttled.\",\"retry_after\":1}")
                .build());

        TimerResult result = clients.withoutWaits(Role.REGULAR_USER, format).add(NewDayEntry.withHours(BigDecimal.ONE)
                .projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID).build()).execute();

        assertThat(SIMULATOR.simulator().requests()).extracting(RecordedRequest::path)
                .containsExactly("/daily/add", "/daily/add");
        assertThat(SIMULATOR.state().dayEntries()).extracting(DayEntrySnapshot::id)
                .containsExactly(result.dayEntry().id());
    }

    @BothFormats
    void toggleTimerIsSentAgainAfterAThrottledAnswerAndTogglesOnce(Format format) {
        long id = stoppedEntry();
        SIMULATOR.simulator().enqueue(CannedResponse.builder(503).header("Retry-After", "2").build());

        TimerResult started = clients.withoutWaits(Role.REGULAR_USER, format).toggleTimer(id).execute();

        assertThat(started.dayEntry().isTimerRunning()).isTrue();
        assertThat(SIMULATOR.simulator().requestCount()).isEqualTo(2);
        assertThat(SIMULATOR.state().dayEntry(id).orElseThrow().isRunning()).isTrue();
    }

    @BothFormats
    void addIsNotRetriedWhenTheAnswerIsCutOff(Format format) {
        SIMULATOR.simulator().enqueue(CannedResponse.builder(201)
                .body(format.mediaType(), format == Format.XML ? "<timer><day_entry><id>2500000099</id></day_entry></timer>"
                        : "{\"id\":2500000099,\"hours\":1.0,\"notes\":\"cut\"}")
                .disconnectAfter(10).build());

        assertThatThrownBy(() -> clients.withoutWaits(Role.REGULAR_USER, format).add(NewDayEntry
                .withHours(BigDecimal.ONE).projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID).build()).execute())
                .isInstanceOf(MayHaveBeenProcessedException.class).hasCauseInstanceOf(TransportException.class);
        assertThat(SIMULATOR.simulator().requestCount()).isEqualTo(1);
    }

    // ---- retried

    @BothFormats
    void showIsRetriedAfterA502(Format format) {
        long id = stoppedEntry();
        SIMULATOR.simulator().enqueue(BAD_GATEWAY);

        DayEntry entry = clients.withoutWaits(Role.REGULAR_USER, format).show(id).execute();

        assertThat(entry.id()).isEqualTo(id);
        assertThat(entry.hours()).isEqualByComparingTo("1.00");
        assertThat(SIMULATOR.simulator().requests()).extracting(RecordedRequest::path)
                .containsExactly("/daily/show/" + id, "/daily/show/" + id);
    }

    @BothFormats
    void showIsRetriedWhenTheAnswerIsCutOff(Format format) {
        long id = stoppedEntry();
        SIMULATOR.simulator().enqueue(CannedResponse.builder(200)
                .body(format.mediaType(), format == Format.XML ? "<timer><day_entry><id>2500000099</id></day_entry></timer>"
                        : "{\"id\":2500000099,\"hours\":1.0,\"notes\":\"cut\"}")
                .disconnectAfter(10).build());

        DayEntry entry = clients.withoutWaits(Role.REGULAR_USER, format).show(id).execute();

        assertThat(entry.id()).isEqualTo(id);
        assertThat(SIMULATOR.simulator().requestCount()).isEqualTo(2);
    }

    @BothFormats
    void dailyIsRetriedAfterA502(Format format) {
        SIMULATOR.simulator().enqueue(BAD_GATEWAY);

        Daily today = clients.withoutWaits(Role.REGULAR_USER, format).daily().execute();

        assertThat(today.forDay()).isEqualTo(Seed.TODAY);
        assertThat(SIMULATOR.simulator().requests()).extracting(RecordedRequest::path).containsExactly("/daily", "/daily");
    }

    @BothFormats
    void dailyOfADayIsRetriedAfterTwo502s(Format format) {
        SIMULATOR.simulator().enqueue(BAD_GATEWAY);
        SIMULATOR.simulator().enqueue(BAD_GATEWAY);

        Daily day = clients.withoutWaits(Role.REGULAR_USER, format).daily(Seed.TODAY).executeAsync().join();

        assertThat(day.forDay()).isEqualTo(Seed.TODAY);
        assertThat(SIMULATOR.simulator().requestCount()).isEqualTo(3);
    }

    @BothFormats
    void updateIsRetriedAfterA502AndAppliedOnce(Format format) {
        long id = stoppedEntry();
        SIMULATOR.simulator().enqueue(BAD_GATEWAY);

        DayEntry updated = clients.withoutWaits(Role.REGULAR_USER, format).update(id, DayEntryUpdate.builder()
                .projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID).hours(new BigDecimal("3")).build()).execute();

        assertThat(updated.hours()).isEqualByComparingTo("3.00");
        assertThat(SIMULATOR.simulator().requestCount()).isEqualTo(2);
        assertThat(SIMULATOR.simulator().requests().get(1).bodyUtf8())
                .isEqualTo(SIMULATOR.simulator().requests().get(0).bodyUtf8()).isNotEmpty();
    }

    @BothFormats
    void retriesStopAtTheConfiguredNumberOfAttempts(Format format) {
        for (int i = 0; i < 5; i++) {
            SIMULATOR.simulator().enqueue(BAD_GATEWAY);
        }
        TimeTracking timeTracking = clients.withoutWaits(Role.REGULAR_USER, format);

        assertThatThrownBy(() -> timeTracking.daily().execute())
                .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.status()).isEqualTo(502));
        assertThat(SIMULATOR.simulator().requestCount()).as("the default of 4 attempts").isEqualTo(4);
    }
}
