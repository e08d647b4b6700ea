package io.harvest4j.tests.simulator;

import io.harvest4j.tests.simulator.internal.TaskAssignment;

/** A task on a project as it was when read ({@link Resource#TASK_ASSIGNMENTS}). Immutable. */
public final class TaskAssignmentSnapshot extends Snapshot {

    private final long projectId;
    private final long taskId;
    private final boolean billable;
    private final boolean deactivated;

    TaskAssignmentSnapshot(TaskAssignment assignment) {
        super(assignment);
        this.projectId = assignment.projectId();
        this.taskId = assignment.taskId();
        this.billable = assignment.isBillable();
        this.deactivated = assignment.isDeactivated();
    }

    /** @return the project's id */
    public long projectId() {
        return projectId;
    }

    /** @return the task's id */
    public long taskId() {
        return taskId;
    }

    /** @return whether time on the task of that project is billable */
    public boolean isBillable() {
        return billable;
    }

    /** @return whether archived (nobody may log to it) */
    public boolean isDeactivated() {
        return deactivated;
    }

    @Override
    public String toString() {
        return "TaskAssignmentSnapshot[id=" + id() + ", project " + projectId + ", task " + taskId + "]";
    }
}
