package io.harvest4j.tests.simulator;

import io.harvest4j.tests.simulator.internal.Task;
import java.math.BigDecimal;
import java.util.Optional;

/** A task of the simulated account's task list as it was when read ({@link Resource#TASKS}). Immutable. */
public final class TaskSnapshot extends Snapshot {

    private final String name;
    private final boolean billableByDefault;
    private final boolean deactivated;
    private final boolean isDefault;
    private final BigDecimal defaultHourlyRate;

    TaskSnapshot(Task task) {
        super(task);
        this.name = task.name();
        this.billableByDefault = task.isBillableByDefault();
        this.deactivated = task.isDeactivated();
        this.isDefault = task.isDefault();
        this.defaultHourlyRate = task.defaultHourlyRate();
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /** @return whether time on it is billable unless its assignment says otherwise */
    public boolean isBillableByDefault() {
        return billableByDefault;
    }

    /** @return whether archived (deleted while it had hours) */
    public boolean isDeactivated() {
        return deactivated;
    }

    /** @return whether it is assigned to every new project */
    public boolean isDefault() {
        return isDefault;
    }

    /** @return the hourly rate its assignments start with, if any */
    public Optional<BigDecimal> defaultHourlyRate() {
        return Optional.ofNullable(defaultHourlyRate);
    }

    @Override
    public String toString() {
        return "TaskSnapshot[id=" + id() + ", " + name + "]";
    }
}
