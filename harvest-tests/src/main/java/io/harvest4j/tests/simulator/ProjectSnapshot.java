package io.harvest4j.tests.simulator;

import io.harvest4j.tests.simulator.internal.Project;

/** A project of the simulated account as it was when read ({@link Resource#PROJECTS}). Immutable. */
public final class ProjectSnapshot extends Snapshot {

    private final long clientId;
    private final String name;
    private final String code;
    private final boolean billable;
    private final boolean active;

    ProjectSnapshot(Project project) {
        super(project);
        this.clientId = project.clientId();
        this.name = project.name();
        this.code = project.code();
        this.billable = project.isBillable();
        this.active = project.isActive();
    }

    /** @return the client's id */
    public long clientId() {
        return clientId;
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /** @return the code (may be empty) */
    public String code() {
        return code;
    }

    /** @return whether billable */
    public boolean isBillable() {
        return billable;
    }

    /** @return whether active (false: archived, nobody may log to it) */
    public boolean isActive() {
        return active;
    }

    @Override
    public String toString() {
        return "ProjectSnapshot[id=" + id() + ", " + name + ", client " + clientId + (active ? "" : ", archived") + "]";
    }
}
