package io.harvest4j.tests.demo;

import io.harvest4j.auth.BasicAuthenticator;
import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Format;
import io.harvest4j.extended.Account;
import io.harvest4j.extended.model.RateLimitStatus;
import io.harvest4j.extended.model.WhoAmI;
import io.harvest4j.tests.simulator.HarvestSimulator;
import io.harvest4j.tests.simulator.Seed;
import io.harvest4j.timetracking.TimeTracking;
import io.harvest4j.timetracking.model.Daily;
import io.harvest4j.timetracking.model.DailyProject;
import io.harvest4j.timetracking.model.DailyTask;
import io.harvest4j.timetracking.model.DayEntry;
import io.harvest4j.timetracking.model.NewDayEntry;
import io.harvest4j.timetracking.model.TimerResult;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The project's main job, as the README runs it: starts the Harvest simulator on loopback and
 * drives it with harvest4j, in XML and then in JSON — who the user is, and a day logged through
 * the Time Tracking API (start a timer, switch tasks, stop, list the day).
 */
public final class Demo {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

    private final PrintStream out;

    Demo(PrintStream out) {
        this.out = out;
    }

    /**
     * Runs the demo against an embedded simulator on an ephemeral port.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        try (HarvestSimulator simulator = HarvestSimulator.builder().port(0).build().start()) {
            new Demo(System.out).run(simulator);
        }
    }

    /**
     * Runs the demo against a running simulator.
     *
     * @param simulator a started simulator, in its seeded state
     */
    void run(HarvestSimulator simulator) {
        out.println("harvest4j " + HarvestConfig.VERSION + " against the Harvest simulator at " + simulator.uri());
        for (Format format : new Format[] {Format.XML, Format.JSON}) {
            out.println();
            out.println("=== " + format.mediaType() + " ===");
            try (HarvestClient admin = client(simulator, format, Seed.ADMIN_EMAIL, Seed.ADMIN_PASSWORD);
                    HarvestClient user = client(simulator, format, Seed.USER_EMAIL, Seed.USER_PASSWORD)) {
                whoAmI(admin);
                whoAmI(user);
                logADay(simulator, new TimeTracking(user));
                RateLimitStatus throttle = new Account(user).rateLimitStatus().execute();
                out.printf("Throttle: %d of %d calls used in the last %d s%n",
                        throttle.count(), throttle.maxCalls(), throttle.timeframeLimit());
            }
            simulator.reset();
        }
    }

    private void whoAmI(HarvestClient client) {
        WhoAmI me = new Account(client).whoAmI().execute();
        String role = me.user().isAdmin() ? "administrator"
                : me.user().projectManager().isProjectManager() ? "project manager"
                : "regular user";
        out.printf("who_am_i: %s %s <%s>, %s at %s (%s)%n", me.user().firstName(), me.user().lastName(),
                me.user().email(), role, me.company().name(), me.company().fullDomain());
    }

    private void logADay(HarvestSimulator simulator, TimeTracking time) {
        Daily today = time.daily().execute();
        out.println("Time Tracking for " + today.forDay().format(DAY) + ": " + today.projects().size()
                + " projects to log to, " + today.dayEntries().size() + " entries so far");
        DailyProject first = today.projects().get(0);
        DailyProject second = today.projects().get(1);
        DailyTask firstTask = first.tasks().get(0);
        DailyTask secondTask = second.tasks().get(0);

        TimerResult started = time.add(NewDayEntry.startingTimer().projectId(first.id()).taskId(firstTask.id())
                .notes("Morning focus block").build()).execute();
        out.printf("  %s  started a timer on %s / %s%n", clock(simulator), first.name(), firstTask.name());

        simulator.clock().advance(Duration.ofMinutes(95));
        TimerResult switched = time.add(NewDayEntry.startingTimer().projectId(second.id()).taskId(secondTask.id())
                .notes("Review with the team").build()).execute();
        out.printf("  %s  switched to %s / %s; the first timer stopped at %s h%n", clock(simulator), second.name(),
                secondTask.name(), switched.hoursForPreviouslyRunningTimer().map(BigDecimal::toPlainString).orElse("?"));

        simulator.clock().advance(Duration.ofMinutes(45));
        TimerResult stopped = time.toggleTimer(switched.dayEntry().id()).execute();
        out.printf("  %s  stopped the timer at %s h%n", clock(simulator), stopped.dayEntry().hours().toPlainString());

        Daily day = time.daily().execute();
        out.println("  The day:");
        BigDecimal total = BigDecimal.ZERO;
        for (DayEntry entry : day.dayEntries()) {
            out.printf("    %-18s %-18s %6s h  %s%s%n", entry.project(), entry.task(), entry.hours().toPlainString(),
                    entry.notes().orElse(""), entry.isTimerRunning() ? "  (running)" : "");
            total = total.add(entry.hours());
        }
        out.printf("    %-37s %6s h%n", "total", total.toPlainString());
        if (started.dayEntry().id() == switched.dayEntry().id()) {
            throw new IllegalStateException("the second timer reused the first entry");
        }
    }

    private static String clock(HarvestSimulator simulator) {
        return simulator.clock().instant().atZone(java.time.ZoneId.of(Seed.ZONE_ID)).toLocalTime().toString();
    }

    private static HarvestClient client(HarvestSimulator simulator, Format format, String email, String password) {
        return Harvest.builder()
                .config(HarvestConfig.builder().baseUri(simulator.uri()).format(format)
                        .applicationName("harvest4j-demo/" + HarvestConfig.VERSION).build())
                .authenticator(BasicAuthenticator.of(email, password))
                .build();
    }
}
