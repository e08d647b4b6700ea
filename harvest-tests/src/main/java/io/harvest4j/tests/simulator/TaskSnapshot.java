package io.harvest4j.tests.simulator;

import io.harvest4j.tests.simulator.internal.Task;

/** A task of the simulated account's task list as it was when read ({@link Resource#TASKS}). Immutable. */
public final class TaskSnapshot extends Snapshot {

    private final String name;
    private final boolean billableByDefault;

    TaskSnapshot(Task task) {
        super(task);
        this.name = task.name();
        this.billableByDefault = task.isBillableByDefault();
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /** @return whether time on it is billable unless its assignment says otherwise */
    public boolean isBillableByDefault() {
        return billableByDefault;
    }

    @Override
    public String toString() {
        return "TaskSnapshot[id=" + id() + ", " + name + "]";
    }
}
