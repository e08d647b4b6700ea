package io.harvest4j.tests.e2e.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import io.harvest4j.auth.BasicAuthenticator;
import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.ThrottleGovernor;
import io.harvest4j.core.ThrottleGovernors;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.spi.RateLimiter;
import io.harvest4j.core.spi.Sleeper;
import io.harvest4j.extended.Account;
import io.harvest4j.tests.e2e.support.BothFormats;
import io.harvest4j.tests.simulator.HarvestSimulator;
import io.harvest4j.tests.simulator.Seed;
import io.harvest4j.tests.simulator.SimulatorClock;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A client configured with the service's documented 100 calls per 15 s, against a simulator whose
 * account allows only 4 calls per 2 s and where another process already spent 3 of them: the
 * client learns both from {@code GET /account/rate_limit_status} (through its own transport and
 * codec, in each format) and is never throttled. Real time on loopback; nothing is timed.
 */
class ThrottleLearningEndToEndTest {

    private static final int MAX_CALLS = 4;
    private static final Duration TIMEFRAME = Duration.ofSeconds(2);

    @BothFormats
    void learnsALowerLimitAndWhatOthersSpentAndIsNeverThrottled(Format format) throws Exception {
        List<String> served = new CopyOnWriteArrayList<>();
        try (HarvestSimulator simulator = HarvestSimulator.builder().clock(SimulatorClock.ticking()).throttle(MAX_CALLS, TIMEFRAME)
                .logRequests(served::add).build().start()) {
            HarvestConfig config = HarvestConfig.builder().baseUri(simulator.uri()).format(format)
                    .throttle(100, Duration.ofSeconds(15)).build();
            // another process of the account: not paced by this JVM's governor
            try (HarvestClient other = Harvest.builder().config(config).rateLimiter(RateLimiter.UNLIMITED)
                    .authenticator(BasicAuthenticator.of(Seed.USER_EMAIL, Seed.USER_PASSWORD)).build()) {
                for (int i = 0; i < MAX_CALLS - 1; i++) {
                    new Account(other).whoAmI().execute();
                }
            }
            try (HarvestClient client = Harvest.builder().config(config)
                    .authenticator(BasicAuthenticator.of(Seed.ADMIN_EMAIL, Seed.ADMIN_PASSWORD)).build()) {
                Account account = new Account(client);
                List<CompletableFuture<?>> calls = new ArrayList<>();
                for (int i = 0; i < 3 * MAX_CALLS; i++) {
                    calls.add(account.whoAmI().executeAsync());
                }
                CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).get(60, TimeUnit.SECONDS);

                ThrottleGovernor governor = ThrottleGovernors.forAccount(config, Sleeper.SYSTEM, Clock.systemUTC());
                assertThat(governor.hasLearntLimit()).isTrue();
                assertThat(governor.maxCalls()).isEqualTo(MAX_CALLS);
                assertThat(governor.window()).isEqualTo(TIMEFRAME);
            }
        }
        assertThat(served).filteredOn(line -> line.contains(" 503 ")).isEmpty();
        assertThat(served).filteredOn(line -> line.startsWith("GET /account/rate_limit_status ")).hasSize(1);
        assertThat(served).filteredOn(line -> line.startsWith("GET /account/who_am_i 200 ")).hasSize(4 * MAX_CALLS - 1);
    }
}
