package io.harvest4j.benchmarks;

import io.harvest4j.auth.BasicAuthenticator;
import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.HarvestException;
import io.harvest4j.core.MayHaveBeenProcessedException;
import io.harvest4j.core.NotFoundException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.spi.Sleeper;
import io.harvest4j.tests.simulator.DayEntrySnapshot;
import io.harvest4j.tests.simulator.Fault;
import io.harvest4j.tests.simulator.HarvestSimulator;
import io.harvest4j.tests.simulator.InjectedFault;
import io.harvest4j.tests.simulator.Seed;
import io.harvest4j.timetracking.TimeTracking;
import io.harvest4j.timetracking.model.Daily;
import io.harvest4j.timetracking.model.DayEntry;
import io.harvest4j.timetracking.model.DayEntryUpdate;
import io.harvest4j.timetracking.model.NewDayEntry;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.HashSet;
import java.util.concurrent.CompletableFuture;

/**
 * Calls of the time tracking API (adds, updates, deletes, timer toggles, reads) through the
 * simulator's injected faults, then what the client believes reconciled against what the simulator
 * holds. The last line: {@code faults: calls=N lost=L duplicated=D wrong=W untyped=U ambiguous=A},
 * where {@code lost} is a write reported done but absent or reported not done but present,
 * {@code duplicated} a write applied twice (an add whose notes appear twice; a timer reported
 * toggled that is found the other way), {@code wrong} a read that returned other data than the
 * simulator held, {@code untyped} an exception that is not a {@code HarvestException}, and
 * {@code ambiguous} the writes reported as "may have been processed".
 *
 * <p>One thread, one user: every entry is the benchmark's own, so a delete answered 404 can only
 * mean that an earlier attempt of the same call deleted it (a reset after processing, then the
 * retry of the idempotent DELETE): it is counted done, and shown apart as {@code deletes404}.
 * After an ambiguous write, the next read of the entry tells the client what holds (as an
 * application reconciles); an entry the client is unsure of is not checked against the simulator.
 * Retries do not wait (the figures are about outcomes, not time).
 */
final class FaultsBenchmark implements Benchmark {

    static final String DEFAULT_FAULTS = "reset-before=5%,reset-after=2%,status-500=2%,status-502=1%,truncate=1%,stall=1%";

    @Override
    public String name() {
        return "faults";
    }

    @Override
    public String description() {
        return "calls through injected faults, then lost/duplicated/wrong/untyped/ambiguous "
                + "[--calls 10000] [--seed 1] [--faults SPEC] [--stall-ms 600] [--timeout-ms 200]";
    }

    /** What the client believes of one entry it added. */
    private static final class Belief {
        final long id;
        final String notes;
        BigDecimal hours; // null: unsure (an ambiguous update)
        Boolean running = Boolean.FALSE; // null: unsure (an ambiguous toggle)

        Belief(long id, String notes, BigDecimal hours) {
            this.id = id;
            this.notes = notes;
            this.hours = hours;
        }
    }

    private final Map<Long, Belief> entries = new LinkedHashMap<>();
    private final Map<String, Long> adds = new HashMap<>(); // notes -> id when reported done, null when not done
    private final Set<Long> ambiguousDeletes = new HashSet<>();
    private final Map<Long, Boolean> deletes = new HashMap<>(); // id -> reported done / not done
    private final List<String> ambiguousAdds = new ArrayList<>();
    private int lost;
    private int duplicated;
    private int wrong;
    private int untyped;
    private int ambiguous;
    private int deletes404;
    private int failedReads;

    @Override
    public String run(List<String> options, PrintStream out) throws Exception {
        BenchmarkOptions read = new BenchmarkOptions(options);
        int calls = read.integer("--calls", 10_000);
        int seed = read.integer("--seed", 1);
        String spec = Optional.ofNullable(read.text("--faults")).orElse(DEFAULT_FAULTS);
        int stallMs = read.integer("--stall-ms", 600);
        int timeoutMs = read.integer("--timeout-ms", 200);
        read.done();
        out.printf(Locale.ROOT, "faults: %d calls as one user, faults %s (seed %d), stall %d ms, client timeout %d ms%n",
                calls, spec, seed, stallMs, timeoutMs);
        try (HarvestSimulator simulator = HarvestSimulator.builder().withoutThrottle().faults(spec, seed)
                .faultStall(Duration.ofMillis(stallMs)).build().start()) {
            HarvestConfig config = HarvestConfig.builder().baseUri(simulator.uri()).allowInsecureHttp().format(Format.JSON)
                    .requestTimeout(Duration.ofMillis(timeoutMs)).maxAttempts(10).build();
            Sleeper noWait = delay -> CompletableFuture.completedFuture(null);
            try (HarvestClient client = Harvest.builder().config(config).sleeper(noWait)
                    .authenticator(BasicAuthenticator.of(Seed.USER_EMAIL, Seed.USER_PASSWORD)).build()) {
                TimeTracking timeTracking = new TimeTracking(client);
                Random random = new Random(seed);
                for (int i = 0; i < calls; i++) {
                    try {
                        call(timeTracking, random, i);
                    } catch (HarvestException e) {
                        // outcomes of writes are booked in call(); a read that failed is typed, not wrong
                        failedReads++;
                    } catch (RuntimeException e) {
                        untyped++;
                        out.println("  untyped: " + e);
                    }
                }
            }
            reconcile(simulator.state().dayEntries());
            Map<Fault, Integer> injected = new EnumMap<>(Fault.class);
            for (InjectedFault fault : simulator.faults()) {
                injected.merge(fault.fault(), 1, Integer::sum);
            }
            out.printf(Locale.ROOT, "  faults injected %s; reads failed after every attempt %d; deletes answered 404 "
                    + "on a retry %d%n", injected, failedReads, deletes404);
        }
        String line = String.format(Locale.ROOT, "faults: calls=%d lost=%d duplicated=%d wrong=%d untyped=%d ambiguous=%d",
                calls, lost, duplicated, wrong, untyped, ambiguous);
        out.println(line);
        return line;
    }

    private void call(TimeTracking timeTracking, Random random, int number) {
        int roll = random.nextInt(100);
        Belief some = entries.isEmpty() ? null
                : new ArrayList<>(entries.values()).get(random.nextInt(entries.size()));
        if (some == null || roll < 25) {
            add(timeTracking, random, number);
        } else if (roll < 45) {
            update(timeTracking, some, random);
        } else if (roll < 55) {
            delete(timeTracking, some);
        } else if (roll < 65) {
            toggle(timeTracking, some);
        } else if (roll < 85) {
            show(timeTracking, some);
        } else {
            daily(timeTracking);
        }
    }

    private static BigDecimal hours(Random random) {
        return BigDecimal.valueOf(1 + random.nextInt(800), 2);
    }

    private void add(TimeTracking timeTracking, Random random, int number) {
        String notes = "call-" + number;
        BigDecimal hours = hours(random);
        try {
            DayEntry entry = timeTracking.add(NewDayEntry.withHours(hours).projectId(Seed.WEBSITE_ID)
                    .taskId(Seed.DESIGN_ID).notes(notes).build()).execute().dayEntry();
            adds.put(notes, entry.id());
            entries.put(entry.id(), new Belief(entry.id(), notes, hours));
        } catch (MayHaveBeenProcessedException e) {
            ambiguous++;
            ambiguousAdds.add(notes);
        } catch (HarvestException e) {
            adds.put(notes, null);
        }
    }

    private void update(TimeTracking timeTracking, Belief entry, Random random) {
        BigDecimal hours = hours(random);
        try {
            DayEntry updated = timeTracking.update(entry.id, DayEntryUpdate.builder().projectId(Seed.WEBSITE_ID)
                    .taskId(Seed.DESIGN_ID).notes(entry.notes).hours(hours).build()).execute();
            if (updated.hours().compareTo(hours) != 0 || !updated.notes().orElse("").equals(entry.notes)) {
                wrong++;
            }
            entry.hours = hours;
        } catch (MayHaveBeenProcessedException e) {
            ambiguous++;
            entry.hours = null;
        } catch (HarvestException e) {
            // reported not done: the hours the client believes stay
        }
    }

    private void delete(TimeTracking timeTracking, Belief entry) {
        try {
            timeTracking.delete(entry.id).execute();
            deletes.put(entry.id, true);
        } catch (NotFoundException e) {
            deletes404++; // only this client deletes its entries: an earlier attempt of this call did
            deletes.put(entry.id, true);
        } catch (MayHaveBeenProcessedException e) {
            ambiguous++;
            ambiguousDeletes.add(entry.id);
        } catch (HarvestException e) {
            deletes.put(entry.id, false);
            return;
        }
        entries.remove(entry.id);
    }

    private void toggle(TimeTracking timeTracking, Belief entry) {
        try {
            DayEntry toggled = timeTracking.toggleTimer(entry.id).execute().dayEntry();
            if (entry.running != null && toggled.isTimerRunning() == entry.running) {
                duplicated++; // reported toggled, found as it was: applied twice
            }
            if (toggled.isTimerRunning()) {
                entries.values().forEach(other -> other.running = Boolean.FALSE); // one timer runs at a time
            }
            entry.running = toggled.isTimerRunning();
        } catch (MayHaveBeenProcessedException e) {
            ambiguous++;
            entries.values().forEach(other -> other.running = null);
        } catch (HarvestException e) {
            // reported not done
        }
    }

    private void show(TimeTracking timeTracking, Belief entry) {
        try {
            DayEntry shown = timeTracking.show(entry.id).execute();
            compare(entry, shown);
        } catch (NotFoundException e) {
            wrong++;
        }
    }

    private void daily(TimeTracking timeTracking) {
        Daily daily = timeTracking.daily().execute();
        for (Belief entry : new ArrayList<>(entries.values())) {
            Optional<DayEntry> found = daily.dayEntry(entry.id);
            if (found.isEmpty()) {
                wrong++;
            } else {
                compare(entry, found.get());
            }
        }
    }

    /** A read of an entry: checked where the client is sure, learnt where it is not. */
    private void compare(Belief entry, DayEntry read) {
        boolean differs = !read.notes().orElse("").equals(entry.notes)
                || entry.hours != null && read.hours().compareTo(entry.hours) != 0
                || entry.running != null && read.isTimerRunning() != entry.running;
        if (differs) {
            wrong++;
        }
        entry.hours = read.hours();
        entry.running = read.isTimerRunning();
    }

    private void reconcile(List<DayEntrySnapshot> held) {
        Map<String, Integer> copies = new HashMap<>();
        Map<Long, DayEntrySnapshot> byId = new HashMap<>();
        for (DayEntrySnapshot entry : held) {
            copies.merge(entry.notes().orElse(""), 1, Integer::sum);
            byId.put(entry.id(), entry);
        }
        for (Map.Entry<String, Integer> notes : copies.entrySet()) {
            if (notes.getKey().startsWith("call-") && notes.getValue() > 1) {
                duplicated += notes.getValue() - 1;
            }
        }
        for (Map.Entry<String, Long> add : adds.entrySet()) {
            boolean present = copies.containsKey(add.getKey());
            Long id = add.getValue();
            boolean deletedSince = id != null && (Boolean.TRUE.equals(deletes.get(id)) || ambiguousDeletes.contains(id));
            if (id != null && !present && !deletedSince || id == null && present) {
                lost++;
            }
        }
        for (Map.Entry<Long, Boolean> delete : deletes.entrySet()) {
            if (delete.getValue() == byId.containsKey(delete.getKey()) && !ambiguousDeletes.contains(delete.getKey())) {
                lost++;
            }
        }
        for (Belief entry : entries.values()) {
            DayEntrySnapshot found = byId.get(entry.id);
            if (found == null) {
                if (!Boolean.TRUE.equals(deletes.get(entry.id))) {
                    lost++;
                }
            } else if (entry.hours != null && found.hours().compareTo(entry.hours) != 0) {
                lost++;
            } else if (entry.running != null && found.isRunning() != entry.running) {
                duplicated++;
            }
        }
    }
}
