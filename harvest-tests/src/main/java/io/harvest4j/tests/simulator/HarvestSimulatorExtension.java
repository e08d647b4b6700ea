package io.harvest4j.tests.simulator;

import java.net.URI;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5: one {@link HarvestSimulator} for a test class, on an ephemeral port, reset to the
 * {@link Seed} account (and its clock to {@link Seed#START}) before each test. The account is the
 * demo seed unless the builder says otherwise
 * ({@code new HarvestSimulatorExtension(HarvestSimulator.builder().seed(Seed.Kind.EMPTY))}, or
 * {@code new HarvestSimulatorExtension(Seed.Kind.EMPTY)}).
 *
 * <pre>{@code
 * class TimesheetTest {
 *     @RegisterExtension
 *     static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();
 *
 *     @Test
 *     void logsTime(HarvestSimulator simulator) {      // or SIMULATOR.simulator()
 *         URI base = SIMULATOR.uri();
 *         ...
 *         SIMULATOR.clock().advance(Duration.ofMinutes(30));
 *     }
 * }
 * }</pre>
 *
 * Registered in a {@code static} field, the server starts before all tests of the class (and its
 * {@code @Nested} classes) and stops after them; registered in an instance field, it starts before
 * each test and stops after it. Test methods may take a {@link HarvestSimulator} or a
 * {@link SimulatorClock} parameter. One simulator serves one test at a time: tests of a class that
 * shares it must not run concurrently.
 */
public final class HarvestSimulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final HarvestSimulator simulator;
    private int classLevelUsers;
    private boolean startedForOneTest;

    /** A simulator with the builder's defaults (fixed clock at {@link Seed#START}, throttle 100 per 15 s). */
    public HarvestSimulatorExtension() {
        this(HarvestSimulator.builder());
    }

    /**
     * A simulator with the builder's defaults but the seed.
     *
     * @param seed what the account holds before each test
     */
    public HarvestSimulatorExtension(Seed.Kind seed) {
        this(HarvestSimulator.builder().seed(seed));
    }

    /**
     * @param builder how to build the simulator (its port is best left 0)
     */
    public HarvestSimulatorExtension(HarvestSimulator.Builder builder) {
        this.simulator = Objects.requireNonNull(builder, "builder").build();
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (classLevelUsers++ == 0 && !simulator.isRunning()) {
            simulator.start();
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (--classLevelUsers == 0) {
            simulator.close();
        }
    }

    @Override
    public synchronized void beforeEach(ExtensionContext context) {
        if (!simulator.isRunning()) {
            simulator.start();
            startedForOneTest = true;
        }
        simulator.reset();
    }

    @Override
    public synchronized void afterEach(ExtensionContext context) {
        if (startedForOneTest) {
            simulator.close();
            startedForOneTest = false;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == HarvestSimulator.class || type == SimulatorClock.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == SimulatorClock.class ? simulator.clock() : simulator;
    }

    /** @return the simulator */
    public HarvestSimulator simulator() {
        return simulator;
    }

    /** @return the simulator's base URI, {@code http://127.0.0.1:{port}} */
    public URI uri() {
        return simulator.uri();
    }

    /**
     * @param pathAndQuery a path with an optional query
     * @return it resolved against {@link #uri()}
     */
    public URI uri(String pathAndQuery) {
        return simulator.uri(pathAndQuery);
    }

    /** @return the simulator's clock */
    public SimulatorClock clock() {
        return simulator.clock();
    }

    /** @return the simulator's state */
    public SimulatorState state() {
        return simulator.state();
    }
}
