package io.harvest4j.tests.simulator.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Time entries the reports list beside the account's real ones, made up as they are written:
 * a test or a benchmark registers a batch of a million entries in no memory at all, and the
 * reports stream them. They belong to no other call (the timesheet, {@code /daily}, does not show
 * them), are never billed nor closed, and were created and last changed at the batch's instant.
 * Guarded by the {@link Account}'s lock; a batch itself is immutable, so an answer may go on
 * writing it after the lock is released.
 */
public final class SyntheticEntries {

    /** The first id of generated entries: far above the ids the tables hand out. */
    public static final long FIRST_ID = 8_000_000_000_000L;

    private static final BigDecimal[] HOURS = new BigDecimal[32];

    static {
        for (int i = 0; i < HOURS.length; i++) {
            HOURS[i] = BigDecimal.valueOf(25L * (i + 1), 2);
        }
    }

    private final List<Batch> batches = new ArrayList<>();
    private long nextId = FIRST_ID;

    /**
     * @param userId who logged them
     * @param projectId the project
     * @param taskId the task
     * @param count how many
     * @param firstDay the day of the first; the others follow a day apart, {@code days} days round
     * @param days over how many days they spread (at least 1)
     * @param at their created and updated time stamp
     * @return the batch
     */
    public Batch add(long userId, long projectId, long taskId, long count, LocalDate firstDay, int days, Instant at) {
        if (count < 0 || days < 1) {
            throw new IllegalArgumentException("count " + count + " and days " + days);
        }
        Batch batch = new Batch(nextId, userId, projectId, taskId, count, Objects.requireNonNull(firstDay, "firstDay"),
                days, Objects.requireNonNull(at, "at"));
        nextId += count;
        batches.add(batch);
        return batch;
    }

    /** @return the batches, in the order they were added (a copy) */
    public List<Batch> batches() {
        return new ArrayList<>(batches);
    }

    /** Forgets every batch. */
    public void clear() {
        batches.clear();
        nextId = FIRST_ID;
    }

    /** Entries of one user, project and task: entry {@code i} has id {@code firstId + i}. Immutable. */
    public static final class Batch {
        final long firstId;
        final long userId;
        final long projectId;
        final long taskId;
        final long count;
        final LocalDate firstDay;
        final int days;
        final Instant at;

        Batch(long firstId, long userId, long projectId, long taskId, long count, LocalDate firstDay, int days,
                Instant at) {
            this.firstId = firstId;
            this.userId = userId;
            this.projectId = projectId;
            this.taskId = taskId;
            this.count = count;
            this.firstDay = firstDay;
            this.days = days;
            this.at = at;
        }

        /** @return the first entry's id */
        public long firstId() {
            return firstId;
        }

        /** @return how many entries */
        public long count() {
            return count;
        }

        LocalDate day(long i) {
            return firstDay.plusDays(i % days);
        }

        static BigDecimal hours(long i) {
            return HOURS[(int) (i % HOURS.length)];
        }
    }
}
