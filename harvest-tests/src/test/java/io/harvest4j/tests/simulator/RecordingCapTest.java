package io.harvest4j.tests.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A simulator that serves for long keeps only its most recent requests, and still counts them all. */
class RecordingCapTest {

    @Test
    void keepsOnlyTheMostRecentRequestsWhenCapped() {
        try (HarvestSimulator simulator = HarvestSimulator.builder().port(0).recordingAtMost(3).build().start()) {
            Http http = new Http(simulator.uri());
            for (int i = 1; i <= 5; i++) {
                http.get("/daily/" + i + "/2017").asUser().xml().send();
            }

            assertThat(simulator.requestCount()).isEqualTo(5);
            assertThat(simulator.requests()).extracting(RecordedRequest::path)
                    .containsExactly("/daily/3/2017", "/daily/4/2017", "/daily/5/2017");
            assertThat(simulator.takeRequest().path()).isEqualTo("/daily/3/2017");
        }
    }

    @Test
    void keepsEveryRequestByDefault() {
        try (HarvestSimulator simulator = HarvestSimulator.builder().port(0).build().start()) {
            Http http = new Http(simulator.uri());
            for (int i = 1; i <= 5; i++) {
                http.get("/daily").asUser().json().send();
            }

            assertThat(simulator.requests()).hasSize(5);
            assertThat(simulator.requestCount()).isEqualTo(5);
        }
    }
}
