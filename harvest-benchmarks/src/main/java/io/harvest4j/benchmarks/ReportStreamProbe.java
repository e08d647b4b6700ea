package io.harvest4j.benchmarks;

import io.harvest4j.auth.BasicAuthenticator;
import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Format;
import io.harvest4j.extended.Reports;
import io.harvest4j.extended.model.DayEntry;
import io.harvest4j.tests.simulator.HarvestSimulator;
import io.harvest4j.tests.simulator.Seed;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The JVM of one {@link ReportStreamBenchmark} run, started with a small heap: a simulator in this
 * JVM holds {@code count} generated entries of one project, and the client streams the project's
 * report of the year, first once to warm up (a report of {@code warmup} entries), then timed.
 * Prints {@code entries=N nanos=T} last, and exits 0 when every entry was read.
 */
final class ReportStreamProbe {

    private ReportStreamProbe() {
    }

    public static void main(String[] args) {
        Format format = "json".equalsIgnoreCase(args[0]) ? Format.JSON : Format.XML;
        long count = Long.parseLong(args[1]);
        long warmup = Long.parseLong(args[2]);
        try (HarvestSimulator simulator = HarvestSimulator.builder().withoutThrottle().recordingAtMost(16).build().start()) {
            simulator.state().addGeneratedEntries(Seed.ADMIN_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, count,
                    LocalDate.of(2017, 1, 1), 365);
            simulator.state().addGeneratedEntries(Seed.ADMIN_ID, Seed.MOBILE_ID, Seed.DEVELOPMENT_ID, warmup,
                    LocalDate.of(2017, 1, 1), 365);
            HarvestConfig config = HarvestConfig.builder().baseUri(simulator.uri()).format(format).build();
            try (HarvestClient client = Harvest.builder().config(config)
                    .authenticator(BasicAuthenticator.of(Seed.ADMIN_EMAIL, Seed.ADMIN_PASSWORD)).build()) {
                Reports reports = new Reports(client);
                read(reports, Seed.MOBILE_ID);
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                Map<Long, Long> cpuBefore = cpuByThread(threads);
                long cpuStarted = threads.getCurrentThreadCpuTime();
                long started = System.nanoTime();
                long read = read(reports, Seed.WEBSITE_ID);
                long nanos = System.nanoTime() - started;
                long cpu = threads.getCurrentThreadCpuTime() - cpuStarted;
                // every other busy Java thread's share of the timed report, the simulator's writer and the
                // HttpClient's selector among them: on two cores they take turns with the client (the JIT's
                // and the collector's threads are not Java threads, and are not counted)
                Map<Long, Long> cpuAfter = cpuByThread(threads);
                cpuAfter.forEach((id, after) -> {
                    long used = after - cpuBefore.getOrDefault(id, 0L);
                    ThreadInfo info = threads.getThreadInfo(id);
                    if (used > nanos / 100 && info != null && id != Thread.currentThread().getId()) {
                        System.out.println("thread cpu " + info.getThreadName() + "=" + used);
                    }
                });
                // the decoding thread's own CPU time: a rate the machine's other load does not change
                System.out.println("client thread cpu=" + cpu);
                System.out.println("entries=" + read + " nanos=" + nanos);
                System.exit(read == count ? 0 : 1);
            }
        }
    }

    /** The CPU time of every live Java thread of this JVM, by id. */
    private static Map<Long, Long> cpuByThread(ThreadMXBean threads) {
        Map<Long, Long> cpu = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long used = threads.getThreadCpuTime(id);
            if (used >= 0) {
                cpu.put(id, used);
            }
        }
        return cpu;
    }

    private static long read(Reports reports, long projectId) {
        long read = 0;
        long ids = 0;
        try (Stream<DayEntry> entries = reports.projectEntries(projectId, LocalDate.of(2017, 1, 1),
                LocalDate.of(2017, 12, 31)).stream()) {
            for (Iterator<DayEntry> it = entries.iterator(); it.hasNext(); ) {
                ids += it.next().id();
                read++;
            }
        }
        if (ids == 0 && read > 0) {
            throw new IllegalStateException("no ids");
        }
        return read;
    }
}
