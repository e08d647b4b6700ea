package io.harvest4j.tests.simulator.internal;

/** A task of the company's task list. Immutable but for its table's stamps. */
public final class Task extends Entity {

    private final String name;
    private final boolean billableByDefault;

    /**
     * @param name the name
     * @param billableByDefault whether billable by default
     */
    public Task(String name, boolean billableByDefault) {
        this.name = name;
        this.billableByDefault = billableByDefault;
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /** @return whether billable by default */
    public boolean isBillableByDefault() {
        return billableByDefault;
    }
}
