package io.harvest4j.tests.e2e.timetracking;

import io.harvest4j.auth.BasicAuthenticator;
import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.spi.Sleeper;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import io.harvest4j.timetracking.TimeTracking;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Makes {@link TimeTracking} facades over real clients of the simulator, as an application would
 * ({@code Harvest.builder()}), and closes their clients after each test. Register it in an instance
 * field: {@code @RegisterExtension final TimeTrackingClients clients = new TimeTrackingClients(SIMULATOR);}
 */
final class TimeTrackingClients implements AfterEachCallback {

    /** The application name the clients put before the default User-Agent. */
    static final String APPLICATION_NAME = "harvest4j-e2e-timetracking/1.0";

    /** Waits no time at all: retries happen at once. */
    static final Sleeper NO_WAIT = delay -> CompletableFuture.completedFuture(null);

    private final HarvestSimulatorExtension simulator;
    private final List<HarvestClient> opened = new ArrayList<>();

    TimeTrackingClients(HarvestSimulatorExtension simulator) {
        this.simulator = simulator;
    }

    /** @return XML, then JSON */
    static Stream<Format> formats() {
        return Stream.of(Format.XML, Format.JSON);
    }

    /** @return every format with every role */
    static Stream<Arguments> formatsAndRoles() {
        List<Arguments> arguments = new ArrayList<>();
        for (Format format : new Format[] {Format.XML, Format.JSON}) {
            for (Role role : Role.values()) {
                arguments.add(Arguments.of(format, role));
            }
        }
        return arguments.stream();
    }

    /**
     * @param format the wire format
     * @param role who the calls are made as
     * @return a facade of the role's own timesheet (real waits between retries)
     */
    TimeTracking as(Role role, Format format) {
        return as(role.email, role.password, format);
    }

    /**
     * @param email the e-mail address of a user the test added
     * @param password their password
     * @param format the wire format
     * @return a facade of that user's own timesheet
     */
    TimeTracking as(String email, String password, Format format) {
        return new TimeTracking(client(email, password, format, Sleeper.SYSTEM));
    }

    /**
     * @param format the wire format
     * @param role who the calls are made as
     * @return a facade whose client retries at once, without waiting
     */
    TimeTracking withoutWaits(Role role, Format format) {
        return new TimeTracking(client(role.email, role.password, format, NO_WAIT));
    }

    private HarvestClient client(String email, String password, Format format, Sleeper sleeper) {
        HarvestConfig config = HarvestConfig.builder().baseUri(simulator.uri()).format(format)
                .applicationName(APPLICATION_NAME).build();
        HarvestClient client = Harvest.builder().config(config)
                .authenticator(BasicAuthenticator.of(email, password)).sleeper(sleeper).build();
        synchronized (opened) {
            opened.add(client);
        }
        return client;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        synchronized (opened) {
            opened.forEach(HarvestClient::close);
            opened.clear();
        }
    }
}
