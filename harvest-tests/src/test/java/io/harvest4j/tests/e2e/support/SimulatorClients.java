package io.harvest4j.tests.e2e.support;

import io.harvest4j.auth.BasicAuthenticator;
import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.spi.Sleeper;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Makes facades over real clients of the simulator, as an application would
 * ({@code Harvest.builder()}), and closes their clients after each test. Register it in an instance
 * field, next to the simulator:
 *
 * <pre>{@code
 * @RegisterExtension static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();
 * @RegisterExtension final SimulatorClients clients = new SimulatorClients(SIMULATOR);
 *
 * @EachFormatAndRole
 * void listsClients(Format format, Role role) {
 *     Clients facade = clients.as(role, format, Clients::new);
 * }
 * }</pre>
 *
 * A part of the API may subclass it to name its facade once ({@code TimeTrackingClients}).
 */
public class SimulatorClients implements AfterEachCallback {

    /** The application name the clients put before the default User-Agent. */
    public static final String APPLICATION_NAME = "harvest4j-e2e/1.0";

    /** Waits no time at all: retries happen at once. */
    public static final Sleeper NO_WAIT = delay -> CompletableFuture.completedFuture(null);

    private final HarvestSimulatorExtension simulator;
    private final List<HarvestClient> opened = new ArrayList<>();

    /** @param simulator the simulator the clients call */
    public SimulatorClients(HarvestSimulatorExtension simulator) {
        this.simulator = simulator;
    }

    /** @return XML, then JSON: the source of {@link BothFormats} */
    public static Stream<Format> formats() {
        return Stream.of(Format.XML, Format.JSON);
    }

    /** @return every format with every role: the source of {@link EachFormatAndRole} */
    public static Stream<Arguments> formatsAndRoles() {
        List<Arguments> arguments = new ArrayList<>();
        formats().forEach(format -> {
            for (Role role : Role.values()) {
                arguments.add(Arguments.of(format, role));
            }
        });
        return arguments.stream();
    }

    /**
     * @param role who the calls are made as
     * @param format the wire format
     * @param facade the facade's constructor ({@code Clients::new})
     * @param <F> the facade's type
     * @return the facade over a client of that user (real waits between retries)
     */
    public <F> F as(Role role, Format format, Function<HarvestClient, F> facade) {
        return facade.apply(client(role.email, role.password, format, Sleeper.SYSTEM));
    }

    /**
     * @param email the e-mail address of a user the test added
     * @param password their password
     * @param format the wire format
     * @param facade the facade's constructor
     * @param <F> the facade's type
     * @return the facade over a client of that user
     */
    public <F> F as(String email, String password, Format format, Function<HarvestClient, F> facade) {
        return facade.apply(client(email, password, format, Sleeper.SYSTEM));
    }

    /**
     * @param role who the calls are made as
     * @param format the wire format
     * @param facade the facade's constructor
     * @param <F> the facade's type
     * @return the facade over a client that retries at once, without waiting
     */
    public <F> F withoutWaits(Role role, Format format, Function<HarvestClient, F> facade) {
        return facade.apply(client(role.email, role.password, format, NO_WAIT));
    }

    /**
     * @param email the user's e-mail address
     * @param password their password
     * @param format the wire format
     * @param sleeper how the client waits between retries
     * @return a client of the simulator, closed after the test
     */
    public HarvestClient client(String email, String password, Format format, Sleeper sleeper) {
        // the tests script the simulator's answers and count its requests one call at a time: the
        // governor's read of rate_limit_status would take the first (ThrottleLearningEndToEndTest covers it)
        HarvestConfig config = HarvestConfig.builder().baseUri(simulator.uri()).format(format)
                .applicationName(APPLICATION_NAME).learnRateLimit(false).build();
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
