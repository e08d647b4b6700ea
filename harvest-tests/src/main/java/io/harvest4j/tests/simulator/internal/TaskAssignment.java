package io.harvest4j.tests.simulator.internal;

/** A task on a project. Immutable. */
public final class TaskAssignment {

    private final long id;
    private final long projectId;
    private final long taskId;
    private final boolean billable;
    private final boolean deactivated;

    /**
     * @param id the id
     * @param projectId the project
     * @param taskId the task
     * @param billable whether time on it is billable
     * @param deactivated whether archived
     */
    public TaskAssignment(long id, long projectId, long taskId, boolean billable, boolean deactivated) {
        this.id = id;
        this.projectId = projectId;
        this.taskId = taskId;
        this.billable = billable;
        this.deactivated = deactivated;
    }

    /** @return the id */
    public long id() {
        return id;
    }

    /** @return the project's id */
    public long projectId() {
        return projectId;
    }

    /** @return the task's id */
    public long taskId() {
        return taskId;
    }

    /** @return whether billable */
    public boolean isBillable() {
        return billable;
    }

    /** @return whether archived */
    public boolean isDeactivated() {
        return deactivated;
    }
}
