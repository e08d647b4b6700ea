package io.harvest4j.tests.simulator;

import io.harvest4j.tests.simulator.internal.Entity;
import java.time.Instant;

/**
 * A record of the simulator's state as it was when read, for tests to check what a client did
 * without going through the API: what every snapshot has (id and time stamps). One subclass per
 * {@link Resource}; read them with {@link SimulatorState#find(Resource, long)} and
 * {@link SimulatorState#all(Resource)}. Immutable.
 */
public abstract class Snapshot {

    private final long id;
    private final Instant createdAt;
    private final Instant updatedAt;

    Snapshot(Entity entity) {
        this.id = entity.id();
        this.createdAt = entity.createdAt();
        this.updatedAt = entity.updatedAt();
    }

    /** @return the id */
    public final long id() {
        return id;
    }

    /** @return when it was created (the simulator's clock) */
    public final Instant createdAt() {
        return createdAt;
    }

    /** @return when it was created or last changed (the simulator's clock) */
    public final Instant updatedAt() {
        return updatedAt;
    }
}
