package io.harvest4j.tests.e2e.reports;

import io.harvest4j.auth.BasicAuthenticator;
import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Format;
import io.harvest4j.extended.Reports;
import io.harvest4j.extended.model.DayEntry;
import io.harvest4j.tests.simulator.HarvestSimulator;
import io.harvest4j.tests.simulator.Seed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * Run in a JVM of its own with a small heap ({@link ReportStreamHeapTest}): a simulator in the same
 * JVM serves a report of {@code count} generated entries, which the client streams and counts.
 * Prints {@code entries=N hours=H}; exits 0 when it read them all.
 */
public final class ReportStreamProbe {

    private ReportStreamProbe() {
    }

    /**
     * @param args the format ({@code XML} or {@code JSON}) and the number of entries
     */
    public static void main(String[] args) {
        Format format = "JSON".equals(args[0]) ? Format.JSON : Format.XML;
        long count = Long.parseLong(args[1]);
        try (HarvestSimulator simulator = HarvestSimulator.builder().withoutThrottle().recordingAtMost(16).build().start()) {
            simulator.state().addGeneratedEntries(Seed.ADMIN_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, count,
                    LocalDate.of(2017, 1, 1), 365);
            HarvestConfig config = HarvestConfig.builder().baseUri(simulator.uri()).format(format).build();
            try (HarvestClient client = Harvest.builder().config(config)
                    .authenticator(BasicAuthenticator.of(Seed.ADMIN_EMAIL, Seed.ADMIN_PASSWORD)).build()) {
                long read = 0;
                BigDecimal hours = BigDecimal.ZERO;
                try (Stream<DayEntry> entries = new Reports(client).projectEntries(Seed.WEBSITE_ID,
                        LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)).stream()) {
                    for (DayEntry entry : (Iterable<DayEntry>) entries::iterator) {
                        read++;
                        hours = hours.add(entry.hours());
                    }
                }
                System.out.println("entries=" + read + " hours=" + hours.toPlainString()
                        + " maxMemory=" + Runtime.getRuntime().maxMemory());
                System.exit(read == count ? 0 : 1);
            }
        }
    }
}
