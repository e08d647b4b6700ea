package io.harvest4j.tests.simulator.internal;

/** A task of the company's task list. Immutable. */
public final class Task {

    private final long id;
    private final String name;
    private final boolean billableByDefault;

    /**
     * @param id the id
     * @param name the name
     * @param billableByDefault whether billable by default
     */
    public Task(long id, String name, boolean billableByDefault) {
        this.id = id;
        this.name = name;
        this.billableByDefault = billableByDefault;
    }

    /** @return the id */
    public long id() {
        return id;
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
