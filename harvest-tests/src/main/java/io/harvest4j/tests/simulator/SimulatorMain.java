package io.harvest4j.tests.simulator;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator standalone until stopped (Ctrl-C), for clients in any language:
 * {@code java -jar harvest-simulator.jar --port 8080}. Its clock follows the system clock.
 * Needs only the JDK, jakarta.json-api and Parsson.
 *
 * <p>Exit status: 0 after {@code --help} or when stopped; 2 for a command line it cannot use
 * (the reason on standard error, then the usage) and for a port it cannot listen on (one line on
 * standard error, no stack trace).
 */
public final class SimulatorMain {

    private static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar harvest-simulator.jar [--port N] [--seed demo|empty] [--verbose]",
            "                                       [--max-calls N --timeframe SECONDS | --no-throttle]",
            "                                       [--max-projects N] [--max-people N]",
            "                                       [--retry-after-date] [--maintenance]",
            "                                       [--faults SPEC [--faults-seed N] [--fault-stall MILLIS]]",
            "                                       [--token-ttl SECONDS]",
            "",
            "Serves the Harvest v1 API (account, time tracking, clients, contacts, projects, tasks,",
            "people, task and user assignments, expense categories; XML and JSON) on 127.0.0.1",
            "from an in-memory account, until stopped with Ctrl-C.",
            "",
            "  --port N            the port (default 8080; 0 picks a free one)",
            "  --seed demo|empty   what the account holds: demo (default) three users of the three",
            "                      roles, clients, projects, tasks and assignments; empty the company",
            "                      and its administrator admin@example.com / admin-pass, nothing else",
            "  --verbose           one line per request on standard output: method, path, status,",
            "                      user (or -), milliseconds; never a credential",
            "  --max-calls N       throttle: calls admitted per timeframe (default 100)",
            "  --timeframe SECONDS throttle: the sliding window and lock-out (default 15)",
            "  --no-throttle       never answer 503",
            "  --max-projects N    the plan's limit of active projects (default none)",
            "  --max-people N      the plan's limit of active people (default none)",
            "  --retry-after-date  a throttled 503 names Retry-After as an HTTP-date, not seconds",
            "  --maintenance       answer every request 503 without Retry-After (down for maintenance)",
            "  --faults SPEC       inject faults at random in place of answers, e.g.",
            "                      reset-before=5%,reset-after=2%,status-500=2%,status-502=1%,truncate=1%,stall=1%",
            "                      reset-before: closed unprocessed; reset-after: processed, closed unanswered;",
            "                      status-500: unprocessed; status-502: processed; truncate: processed, body cut;",
            "                      stall: processed, answered after --fault-stall",
            "  --faults-seed N     the seed of the fault draws (default 0): the same seed, the same faults",
            "  --fault-stall MILLIS how long a stall holds the answer back (default 5000)",
            "  --token-ttl SECONDS how long OAuth access tokens live (default 64799); the application",
            "                      demo-client-id / demo-client-secret may redirect to any loopback URI",
            "  --help              this text");

    private SimulatorMain() {
    }

    /**
     * @param args the command line (see {@code --help})
     * @throws InterruptedException when interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        HarvestSimulator simulator;
        try {
            simulator = start(args, System.out, System.err);
        } catch (Refusal refusal) {
            System.exit(refusal.exitStatus);
            return;
        }
        if (simulator == null) {
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "harvest-simulator-shutdown"));
        stopped.await();
    }

    /**
     * Reads the command line, starts the simulator and prints its banner: everything
     * {@link #main} does but waiting and exiting.
     *
     * @param args the command line
     * @param out standard output: the usage, the banner, the request log
     * @param err standard error: why the command line or the port cannot be used
     * @return the running simulator, or null after {@code --help}
     * @throws Refusal when it cannot start, the reason printed on {@code err}
     */
    static HarvestSimulator start(String[] args, PrintStream out, PrintStream err) throws Refusal {
        int port = 8080;
        HarvestSimulator.Builder builder = HarvestSimulator.builder().clock(SimulatorClock.ticking()).port(port)
                // serving until stopped: keep memory bounded, in requests and in bytes
                .recordingAtMost(1000).recordingAtMostBytes(64L * 1024 * 1024);
        int maxCalls = 100;
        long timeframe = 15;
        boolean throttle = true;
        boolean verbose = false;
        Seed.Kind seed = Seed.Kind.DEMO;
        String faults = null;
        long faultsSeed = 0;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            try {
                switch (arg) {
                    case "--help":
                    case "-h":
                        out.println(USAGE);
                        out.flush();
                        return null;
                    case "--port":
                        port = Integer.parseInt(value(args, ++i));
                        builder.port(port);
                        break;
                    case "--seed":
                        seed = seed(value(args, ++i));
                        break;
                    case "--verbose":
                        verbose = true;
                        break;
                    case "--max-calls":
                        maxCalls = Integer.parseInt(value(args, ++i));
                        break;
                    case "--timeframe":
                        timeframe = Long.parseLong(value(args, ++i));
                        break;
                    case "--no-throttle":
                        throttle = false;
                        break;
                    case "--max-projects":
                        builder.maxProjects(Integer.parseInt(value(args, ++i)));
                        break;
                    case "--max-people":
                        builder.maxPeople(Integer.parseInt(value(args, ++i)));
                        break;
                    case "--retry-after-date":
                        builder.retryAfterAsDate();
                        break;
                    case "--maintenance":
                        builder.maintenance();
                        break;
                    case "--faults":
                        faults = value(args, ++i);
                        break;
                    case "--faults-seed":
                        faultsSeed = Long.parseLong(value(args, ++i));
                        break;
                    case "--fault-stall":
                        builder.faultStall(Duration.ofMillis(Long.parseLong(value(args, ++i))));
                        break;
                    case "--token-ttl":
                        builder.tokenTtl(Duration.ofSeconds(Long.parseLong(value(args, ++i))));
                        break;
                    default:
                        throw usage(err, "unknown option " + arg);
                }
            } catch (IllegalArgumentException e) {
                throw usage(err, arg + ": " + e.getMessage());
            }
        }
        try {
            builder = throttle ? builder.throttle(maxCalls, Duration.ofSeconds(timeframe)) : builder.withoutThrottle();
            if (faults != null) {
                builder.faults(faults, faultsSeed);
            }
        } catch (IllegalArgumentException e) {
            throw usage(err, e.getMessage());
        }
        builder.seed(seed);
        if (verbose) {
            builder.logRequests(out::println);
        }
        HarvestSimulator simulator;
        try {
            simulator = builder.build().start();
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof BindException)) {
                throw e;
            }
            throw refuse(err, cannotListen(port, e.getCause().getMessage()));
        }
        printBanner(out, simulator, throttle ? maxCalls + " calls per " + timeframe + " s" : "off", verbose);
        if (faults != null) {
            out.println("  faults: " + simulator.faultInjector() + ", seed " + faultsSeed);
            out.flush();
        }
        return simulator;
    }

    private static String cannotListen(int port, String reason) {
        if (reason != null && reason.toLowerCase(Locale.ROOT).contains("in use")) {
            return "port " + port + " is already in use; choose another with --port N";
        }
        return "cannot listen on 127.0.0.1:" + port + " (" + reason + "); choose another port with --port N";
    }

    private static Seed.Kind seed(String value) {
        for (Seed.Kind kind : Seed.Kind.values()) {
            if (kind.name().equalsIgnoreCase(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no seed '" + value + "': use demo or empty");
    }

    private static void printBanner(PrintStream out, HarvestSimulator simulator, String throttle, boolean verbose) {
        Seed.Kind seed = simulator.seed();
        out.println("Harvest v1 simulator serving " + simulator.uri() + "  (Ctrl-C stops it)");
        out.println("  account: " + Seed.COMPANY_NAME + " (subdomain " + Seed.SUBDOMAIN + "), seed: "
                + seed.name().toLowerCase(Locale.ROOT) + ", throttle: " + throttle);
        out.println("  users (HTTP Basic):");
        out.println("    " + Seed.ADMIN_EMAIL + " / " + Seed.ADMIN_PASSWORD + "   administrator, id " + Seed.ADMIN_ID);
        if (seed == Seed.Kind.DEMO) {
            out.println("    " + Seed.PM_EMAIL + " / " + Seed.PM_PASSWORD + "         project manager, id " + Seed.PM_ID);
            out.println("    " + Seed.USER_EMAIL + " / " + Seed.USER_PASSWORD + "     regular user, id " + Seed.USER_ID);
            out.println("    " + Seed.CONTRACTOR_EMAIL + " / " + Seed.CONTRACTOR_PASSWORD + " contractor, id "
                    + Seed.CONTRACTOR_ID);
        }
        out.println("  try: curl -u " + Seed.ADMIN_EMAIL + ":" + Seed.ADMIN_PASSWORD
                + " -H 'Accept: application/json' " + simulator.uri() + "/account/who_am_i");
        if (verbose) {
            out.println("  requests (method, path, status, user, time):");
        }
        out.flush();
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException("needs a value");
        }
        return args[index];
    }

    /** A command line that cannot be used: the reason and the usage on {@code err}. */
    private static Refusal usage(PrintStream err, String message) {
        Refusal refusal = refuse(err, message);
        err.println(USAGE);
        err.flush();
        return refusal;
    }

    /** A reason not to start: one line on {@code err}. */
    private static Refusal refuse(PrintStream err, String message) {
        err.println("harvest-simulator: " + message);
        err.flush();
        return new Refusal(2);
    }

    /** Why the simulator does not start; the reason is already printed. */
    static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;

        /** The process's exit status. */
        final int exitStatus;

        Refusal(int exitStatus) {
            super(null, null, false, false);
            this.exitStatus = exitStatus;
        }
    }
}
