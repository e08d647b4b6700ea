package io.harvest4j.tests.simulator.internal;

/** A task on a project. Immutable but for its table's stamps. */
public final class TaskAssignment extends Entity {

    private final long projectId;
    private final long taskId;
    private final boolean billable;
    private final boolean deactivated;

    /**
     * @param projectId the project
     * @param taskId the task
     * @param billable whether time on it is billable
     * @param deactivated whether archived
     */
    public TaskAssignment(long projectId, long taskId, boolean billable, boolean deactivated) {
        this.projectId = projectId;
        this.taskId = taskId;
        this.billable = billable;
        this.deactivated = deactivated;
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
