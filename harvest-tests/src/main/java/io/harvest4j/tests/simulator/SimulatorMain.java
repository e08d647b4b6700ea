package io.harvest4j.tests.simulator;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator standalone until stopped (Ctrl-C), for clients in any language:
 * {@code java -jar harvest-simulator.jar --port 8080}. Its clock follows the system clock.
 * Needs only the JDK, jakarta.json-api and Parsson.
 */
public final class SimulatorMain {

    private static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar harvest-simulator.jar [--port N] [--max-calls N --timeframe SECONDS | --no-throttle]",
            "",
            "Serves the Harvest v1 API (account and time tracking calls, XML and JSON) on 127.0.0.1",
            "from an in-memory account, until stopped with Ctrl-C.",
            "",
            "  --port N            the port (default 8080; 0 picks a free one)",
            "  --max-calls N       throttle: calls admitted per timeframe (default 100)",
            "  --timeframe SECONDS throttle: the sliding window and lock-out (default 15)",
            "  --no-throttle       never answer 503",
            "  --help              this text");

    private SimulatorMain() {
    }

    /**
     * @param args the command line (see {@code --help})
     * @throws InterruptedException when interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        HarvestSimulator.Builder builder = HarvestSimulator.builder().clock(SimulatorClock.ticking()).port(8080)
                .recordingAtMost(1000); // serving until stopped: keep memory bounded
        int maxCalls = 100;
        long timeframe = 15;
        boolean throttle = true;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            try {
                switch (arg) {
                    case "--help":
                    case "-h":
                        System.out.println(USAGE);
                        return;
                    case "--port":
                        builder.port(Integer.parseInt(value(args, ++i, arg)));
                        break;
                    case "--max-calls":
                        maxCalls = Integer.parseInt(value(args, ++i, arg));
                        break;
                    case "--timeframe":
                        timeframe = Long.parseLong(value(args, ++i, arg));
                        break;
                    case "--no-throttle":
                        throttle = false;
                        break;
                    default:
                        fail("unknown option " + arg);
                        return;
                }
            } catch (IllegalArgumentException e) {
                fail(arg + ": " + e.getMessage());
                return;
            }
        }
        try {
            builder = throttle ? builder.throttle(maxCalls, Duration.ofSeconds(timeframe)) : builder.withoutThrottle();
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        HarvestSimulator simulator = builder.build().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "harvest-simulator-shutdown"));
        printBanner(System.out, simulator, throttle ? maxCalls + " calls per " + timeframe + " s" : "off");
        stopped.await();
    }

    private static void printBanner(PrintStream out, HarvestSimulator simulator, String throttle) {
        out.println("Harvest v1 simulator serving " + simulator.uri() + "  (Ctrl-C stops it)");
        out.println("  account: " + Seed.COMPANY_NAME + " (subdomain " + Seed.SUBDOMAIN + "), throttle: " + throttle);
        out.println("  users (HTTP Basic):");
        out.println("    " + Seed.ADMIN_EMAIL + " / " + Seed.ADMIN_PASSWORD + "   administrator, id " + Seed.ADMIN_ID);
        out.println("    " + Seed.PM_EMAIL + " / " + Seed.PM_PASSWORD + "         project manager, id " + Seed.PM_ID);
        out.println("    " + Seed.USER_EMAIL + " / " + Seed.USER_PASSWORD + "     regular user, id " + Seed.USER_ID);
        out.println("  try: curl -u " + Seed.ADMIN_EMAIL + ":" + Seed.ADMIN_PASSWORD
                + " -H 'Accept: application/json' " + simulator.uri() + "/account/who_am_i");
        out.flush();
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException("needs a value");
        }
        return args[index];
    }

    private static void fail(String message) {
        System.err.println("harvest-simulator: " + message);
        System.err.println(USAGE);
        System.exit(2);
    }
}
