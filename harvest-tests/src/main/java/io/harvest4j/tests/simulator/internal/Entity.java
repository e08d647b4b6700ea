package io.harvest4j.tests.simulator.internal;

import java.time.Instant;

/**
 * A record of one {@link Table}: its id and its time stamps, all given by the table — the id and
 * {@code created_at} when inserted, {@code updated_at} then and on every
 * {@linkplain Table#touch(Entity) change}. A resource's entity adds its own fields and rules.
 * Guarded by the {@link Account}'s lock, like the table.
 */
public abstract class Entity {

    private long id;
    private Instant createdAt;
    private Instant updatedAt;

    /** A record not yet in a table: no id, no time stamps. */
    protected Entity() {
    }

    /**
     * @return the id the table gave
     * @throws IllegalStateException before the entity is inserted
     */
    public final long id() {
        requireInserted();
        return id;
    }

    /** @return when it was inserted */
    public final Instant createdAt() {
        requireInserted();
        return createdAt;
    }

    /** @return when it was inserted or last changed */
    public final Instant updatedAt() {
        requireInserted();
        return updatedAt;
    }

    /** Called by the table once: the id and both stamps. */
    final void inserted(long id, Instant now) {
        if (createdAt != null) {
            throw new IllegalStateException(getClass().getSimpleName() + " " + this.id + " is already in a table");
        }
        this.id = id;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Called by the table on a change. */
    final void touched(Instant now) {
        requireInserted();
        this.updatedAt = now;
    }

    private void requireInserted() {
        if (createdAt == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " not yet inserted in a table");
        }
    }
}
