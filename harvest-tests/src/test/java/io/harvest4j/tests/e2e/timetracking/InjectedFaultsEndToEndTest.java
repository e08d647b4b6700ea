package io.harvest4j.tests.e2e.timetracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.auth.BasicAuthenticator;
import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.MayHaveBeenProcessedException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.spi.Sleeper;
import io.harvest4j.tests.e2e.support.SimulatorClients;
import io.harvest4j.tests.simulator.Fault;
import io.harvest4j.tests.simulator.HarvestSimulator;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import io.harvest4j.tests.simulator.InjectedFault;
import io.harvest4j.tests.simulator.Seed;
import io.harvest4j.timetracking.TimeTracking;
import io.harvest4j.timetracking.model.Daily;
import io.harvest4j.timetracking.model.NewDayEntry;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client through the simulator's injected faults: reads are retried through every kind; a
 * write that may have reached the service fails with {@link MayHaveBeenProcessedException} and is
 * applied at most once; a refused connection is retried. Retries happen without waiting.
 */
class InjectedFaultsEndToEndTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    private static final Duration STALL = Duration.ofMillis(1500);
    private static final NewDayEntry ENTRY = NewDayEntry.withHours(BigDecimal.ONE).projectId(Seed.WEBSITE_ID)
            .taskId(Seed.DESIGN_ID).notes("through faults").build();

    private HarvestClient client;

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
    }

    private TimeTracking timeTracking(URI base) {
        // the faults hit the calls under test alone, not a read of rate_limit_status
        HarvestConfig config = HarvestConfig.builder().baseUri(base).format(Format.JSON)
                .requestTimeout(Duration.ofMillis(400)).maxAttempts(10).learnRateLimit(false).build();
        client = Harvest.builder().config(config).authenticator(BasicAuthenticator.of(Seed.USER_EMAIL, Seed.USER_PASSWORD))
                .sleeper(SimulatorClients.NO_WAIT).build();
        return new TimeTracking(client);
    }

    private static void inject(String spec) {
        SIMULATOR.simulator().injectFaults(spec, 5, STALL);
    }

    @Test
    void readsAreRetriedThroughEveryKindOfFault() {
        long id = SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, Seed.TODAY,
                new BigDecimal("1.50"), "read me");
        inject("reset-before=8%,reset-after=8%,status-500=8%,status-502=8%,truncate=8%,stall=2%");
        TimeTracking timeTracking = timeTracking(SIMULATOR.uri());

        for (int i = 0; i < 40; i++) {
            Daily daily = timeTracking.daily().execute();
            assertThat(daily.dayEntry(id)).hasValueSatisfying(e -> assertThat(e.hours()).isEqualByComparingTo("1.50"));
        }

        assertThat(SIMULATOR.simulator().faults()).extracting(InjectedFault::fault)
                .contains(Fault.RESET_BEFORE, Fault.RESET_AFTER, Fault.STATUS_500, Fault.STATUS_502, Fault.TRUNCATE);
    }

    @Test
    void anAddResetAfterProcessingMayHaveBeenProcessedAndIsAppliedOnce() {
        inject("reset-after=100%");

        assertThatThrownBy(() -> timeTracking(SIMULATOR.uri()).add(ENTRY).execute())
                .isInstanceOf(MayHaveBeenProcessedException.class);

        assertThat(SIMULATOR.simulator().requestCount()).as("never retried").isEqualTo(1);
        assertThat(SIMULATOR.state().dayEntries()).hasSize(1);
        assertThat(SIMULATOR.simulator().faults().get(0).applied()).isTrue();
    }

    @Test
    void anAddResetBeforeProcessingCannotBeToldApartAndIsNotRetried() {
        inject("reset-before=100%");

        assertThatThrownBy(() -> timeTracking(SIMULATOR.uri()).add(ENTRY).execute())
                .isInstanceOf(MayHaveBeenProcessedException.class);

        assertThat(SIMULATOR.simulator().requestCount()).isEqualTo(1);
        assertThat(SIMULATOR.state().dayEntries()).isEmpty();
    }

    @Test
    void aToggleWhoseAnswerIsCutIsAppliedOnce() {
        long id = SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, Seed.TODAY,
                BigDecimal.ONE, "stopped");
        inject("truncate=100%");

        assertThatThrownBy(() -> timeTracking(SIMULATOR.uri()).toggleTimer(id).execute())
                .isInstanceOf(MayHaveBeenProcessedException.class);

        assertThat(SIMULATOR.simulator().requestCount()).isEqualTo(1);
        assertThat(SIMULATOR.state().dayEntry(id).orElseThrow().isRunning()).as("toggled once").isTrue();
    }

    @Test
    void anAddThatStallsPastTheTimeoutMayHaveBeenProcessedAndIsAppliedOnce() {
        inject("stall=100%");

        assertThatThrownBy(() -> timeTracking(SIMULATOR.uri()).add(ENTRY).execute())
                .isInstanceOf(MayHaveBeenProcessedException.class);

        assertThat(SIMULATOR.simulator().requestCount()).isEqualTo(1);
        assertThat(SIMULATOR.state().dayEntries()).hasSize(1);
    }

    @Test
    void anAddAnswered500MayHaveBeenProcessedForTheClientThoughTheServiceDidNothing() {
        inject("status-500=100%");

        assertThatThrownBy(() -> timeTracking(SIMULATOR.uri()).add(ENTRY).execute())
                .isInstanceOf(MayHaveBeenProcessedException.class);

        assertThat(SIMULATOR.simulator().requestCount()).isEqualTo(1);
        assertThat(SIMULATOR.simulator().faults().get(0).processed()).isFalse();
        assertThat(SIMULATOR.state().dayEntries()).isEmpty();
    }

    @Test
    void anAddWhoseConnectionIsRefusedIsRetriedAndAppliedOnce() {
        HarvestSimulator down = HarvestSimulator.builder().build().start();
        int port = down.port();
        down.close();
        AtomicReference<HarvestSimulator> up = new AtomicReference<>();
        Sleeper startsTheService = delay -> {
            if (up.get() == null) {
                up.set(HarvestSimulator.builder().port(port).build().start());
            }
            return CompletableFuture.completedFuture(null);
        };
        HarvestConfig config = HarvestConfig.builder().baseUri(URI.create("http://127.0.0.1:" + port)).format(Format.JSON)
                .maxAttempts(3).learnRateLimit(false).build();
        client = Harvest.builder().config(config).authenticator(BasicAuthenticator.of(Seed.USER_EMAIL, Seed.USER_PASSWORD))
                .sleeper(startsTheService).build();
        try {
            assertThat(new TimeTracking(client).add(ENTRY).execute().dayEntry().hours()).isEqualByComparingTo("1");

            assertThat(up.get().state().dayEntries()).hasSize(1);
            assertThat(up.get().requestCount()).isEqualTo(1);
        } finally {
            if (up.get() != null) {
                up.get().close();
            }
        }
    }
}
