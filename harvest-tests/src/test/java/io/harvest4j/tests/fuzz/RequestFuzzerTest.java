package io.harvest4j.tests.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.harvest4j.tests.simulator.HarvestSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A short, seeded run of the simulator's request fuzzing (the harness's {@code fuzz} run sends
 * 10,000 requests): every request answered below 500, none unanswered, the simulator still
 * answering after.
 */
class RequestFuzzerTest {

    private static HarvestSimulator simulator;

    @BeforeAll
    static void start() {
        simulator = HarvestSimulator.builder().withoutThrottle().build().start();
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void threeHundredMutatedRequestsAreAllAnsweredBelow500() {
        List<String> findings = new ArrayList<>();

        RequestFuzzer.Result result = new RequestFuzzer(simulator.uri(), simulator::reset).run(300, 11, 20_000, findings::add);

        assertThat(findings).isEmpty();
        assertThat(result.requests()).isEqualTo(300);
        assertThat(result.escapes()).isZero();
        assertThat(result.hangs()).isZero();
        assertThat(result.stillAnswering()).isTrue();
        assertThat(result.statusClasses()[2]).as("requests that got through to a success").isGreaterThan(30);
        assertThat(result.statusClasses()[4]).as("requests refused").isGreaterThan(30);
    }

    @Test
    void aTargetTheJdkServerRefusesIsToldApart() {
        byte[] bad = "GET /clients?a=%zz HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] good = "GET /clients?a=%25zz&b[c]=1 HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(RequestFuzzer.validTarget(bad)).isFalse();
        assertThat(RequestFuzzer.validTarget(good)).isTrue();
    }

    @Test
    void requestsAreReproducibleFromTheSeed() {
        RequestFuzzer fuzzer = new RequestFuzzer(simulator.uri(), () -> { });

        for (int i = 0; i < 20; i++) {
            assertThat(fuzzer.request(new Random(i))).isEqualTo(fuzzer.request(new Random(i)));
        }
    }
}
