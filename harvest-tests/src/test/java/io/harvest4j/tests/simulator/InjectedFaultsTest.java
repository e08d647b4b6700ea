package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Faults drawn at random in place of answers, each recorded with what the service really did (raw HTTP). */
class InjectedFaultsTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    private static final String ADD = "/daily/add?notes=faulty&hours=1&project_id=" + Seed.WEBSITE_ID + "&task_id="
            + Seed.DESIGN_ID;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(SIMULATOR.uri());
    }

    private static void inject(String spec) {
        SIMULATOR.simulator().injectFaults(spec, 1, Duration.ofSeconds(5));
    }

    private Response add() {
        return http.post(ADD).asUser().json().send();
    }

    private static InjectedFault onlyFault() {
        assertThat(SIMULATOR.simulator().faults()).hasSize(1);
        return SIMULATOR.simulator().faults().get(0);
    }

    @Test
    void resetBeforeClosesTheConnectionWithoutProcessing() {
        inject("reset-before=100%");

        assertThatThrownBy(this::add).isInstanceOf(UncheckedIOException.class);

        InjectedFault fault = onlyFault();
        assertThat(fault.fault()).isEqualTo(Fault.RESET_BEFORE);
        assertThat(fault.processed()).isFalse();
        assertThat(fault.serviceStatus()).isZero();
        assertThat(fault.request().path()).isEqualTo("/daily/add");
        assertThat(SIMULATOR.state().dayEntries()).isEmpty();
    }

    @Test
    void resetAfterProcessesThenClosesBeforeAnswering() {
        inject("reset-after=100%");

        assertThatThrownBy(this::add).isInstanceOf(UncheckedIOException.class);

        InjectedFault fault = onlyFault();
        assertThat(fault.fault()).isEqualTo(Fault.RESET_AFTER);
        assertThat(fault.applied()).isTrue();
        assertThat(fault.serviceStatus()).isEqualTo(201);
        assertThat(SIMULATOR.state().dayEntries()).hasSize(1);
    }

    @Test
    void status500IsAnsweredWithoutProcessing() {
        inject("status-500=100%");

        Response response = add();

        assertThat(response.status).isEqualTo(500);
        assertThat(onlyFault().processed()).isFalse();
        assertThat(SIMULATOR.state().dayEntries()).isEmpty();
    }

    @Test
    void status502ReplacesTheAnswerOfAProcessedRequest() {
        inject("status-502=100%");

        Response response = add();

        assertThat(response.status).isEqualTo(502);
        assertThat(response.body).contains("Bad Gateway");
        assertThat(onlyFault().applied()).isTrue();
        assertThat(SIMULATOR.state().dayEntries()).hasSize(1);
    }

    @Test
    void truncateCutsTheBodyOfAProcessedRequest() {
        inject("truncate=100%");

        assertThatThrownBy(() -> http.post(ADD).asUser().json().sendRaw()).isInstanceOf(IOException.class);

        assertThat(onlyFault().fault()).isEqualTo(Fault.TRUNCATE);
        assertThat(onlyFault().serviceStatus()).isEqualTo(201);
        assertThat(SIMULATOR.state().dayEntries()).hasSize(1);
    }

    @Test
    void stallHoldsTheAnswerPastTheClientsTimeout() {
        SIMULATOR.simulator().injectFaults("stall=100%", 1, Duration.ofMillis(800));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(SIMULATOR.uri(ADD)).timeout(Duration.ofMillis(100))
                .header("Authorization", Http.basic(Seed.USER_EMAIL, Seed.USER_PASSWORD)).header("Accept", Http.JSON)
                .POST(HttpRequest.BodyPublishers.noBody()).build();

        assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);

        assertThat(onlyFault().fault()).isEqualTo(Fault.STALL);
        assertThat(onlyFault().serviceStatus()).isEqualTo(201);
        assertThat(SIMULATOR.state().dayEntries()).as("processed before stalling").hasSize(1);
    }

    @Test
    void aCannedAnswerComesFirstAndDrawsNoFault() {
        inject("status-500=100%");
        SIMULATOR.simulator().enqueue(CannedResponse.json(200, "{}"));

        assertThat(http.get("/daily").asUser().json().send().status).isEqualTo(200);
        assertThat(SIMULATOR.simulator().faults()).isEmpty();
    }

    @Test
    void theSameSeedHitsTheSameRequestsAndAResetRestoresTheBuildersFaults() {
        HarvestSimulator simulator = HarvestSimulator.builder().withoutThrottle()
                .faults("status-500=20%,status-502=10%", 42).build().start();
        try {
            Http own = new Http(simulator.uri());
            List<String> first = hits(simulator, own);
            simulator.reset();
            List<String> second = hits(simulator, own);

            assertThat(first).isNotEmpty().isEqualTo(second);
            assertThat(first.size()).isLessThan(30);
        } finally {
            simulator.close();
        }
    }

    private static List<String> hits(HarvestSimulator simulator, Http http) {
        for (int i = 0; i < 30; i++) {
            http.get("/account/who_am_i").asUser().json().send();
        }
        return simulator.faults().stream().map(f -> f.fault() + "@" + f.request().sequenceNumber())
                .collect(Collectors.toList());
    }

    @Test
    void aResetForgetsTheFaultsInjectedAtRunTime() {
        inject("status-500=100%");
        SIMULATOR.simulator().reset();

        assertThat(http.get("/daily").asUser().json().send().status).isEqualTo(200);
        assertThat(SIMULATOR.simulator().faults()).isEmpty();
    }

    @Test
    void aSpecificationItCannotReadIsRefusedWithItsReason() {
        assertThatThrownBy(() -> HarvestSimulator.builder().faults("reset-sideways=5%", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reset-sideways");
        assertThatThrownBy(() -> HarvestSimulator.builder().faults("stall=5", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name=P%");
        assertThatThrownBy(() -> HarvestSimulator.builder().faults("stall=60%,truncate=50%", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("over 100%");
        assertThatThrownBy(() -> HarvestSimulator.builder().faults("stall=-1%", 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HarvestSimulator.builder().faults("stall=x%", 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(HarvestSimulator.builder().faults("Reset-Before=0.5%, stall=99.5%", 0)).isNotNull();
    }

    @Test
    void maintenanceAnswers503WithoutRetryAfterAndCountsNoCall() {
        SIMULATOR.simulator().setMaintenance(true);

        Response response = http.get("/daily").asUser().json().send();

        assertThat(response.status).isEqualTo(503);
        assertThat(response.header("Retry-After")).isNull();
        SIMULATOR.simulator().setMaintenance(false);
        assertThat(http.get("/account/rate_limit_status").asUser().json().send().json().getInt("count")).isZero();
    }
}
