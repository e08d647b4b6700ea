package io.harvest4j.tests.simulator;

import io.harvest4j.tests.simulator.internal.TaskAssignment;
import java.math.BigDecimal;
import java.util.Optional;

/** A task on a project as it was when read ({@link Resource#TASK_ASSIGNMENTS}). Immutable. */
public final class TaskAssignmentSnapshot extends Snapshot {

    private final long projectId;
    private final long taskId;
    private final boolean billable;
    private final boolean deactivated;
    private final BigDecimal hourlyRate;

    TaskAssignmentSnapshot(TaskAssignment assignment) {
        super(assignment);
        this.projectId = assignment.projectId();
        this.taskId = assignment.taskId();
        this.billable = assignment.isBillable();
        this.deactivated = assignment.isDeactivated();
        this.hourlyRate = assignment.hourlyRate();
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

    /** @return the hourly rate on the project, if any */
    public Optional<BigDecimal> hourlyRate() {
        return Optional.ofNullable(hourlyRate);
    }

    @Override
    public String toString() {
        return "TaskAssignmentSnapshot[id=" + id() + ", project " + projectId + ", task " + taskId + "]";
    }
}
