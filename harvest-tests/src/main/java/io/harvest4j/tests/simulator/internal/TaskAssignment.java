package io.harvest4j.tests.simulator.internal;

import java.math.BigDecimal;

/**
 * A task on a project ({@code /projects/{id}/task_assignments}): {@code project_id, task_id,
 * billable, deactivated, budget, hourly_rate}. Guarded by the {@link Account}'s lock.
 */
public final class TaskAssignment extends WireEntity {

    /**
     * @param projectId the project
     * @param taskId the task
     * @param billable whether time on it is billable
     * @param deactivated whether archived
     */
    public TaskAssignment(long projectId, long taskId, boolean billable, boolean deactivated) {
        set("project_id", projectId);
        set("task_id", taskId);
        set("billable", billable);
        set("deactivated", deactivated);
    }

    /** @return the project's id */
    public long projectId() {
        return integer("project_id");
    }

    /** @return the task's id */
    public long taskId() {
        return integer("task_id");
    }

    /** @return whether billable */
    public boolean isBillable() {
        return flag("billable");
    }

    /** @return whether archived */
    public boolean isDeactivated() {
        return flag("deactivated");
    }

    /** @return the budget, or null */
    public BigDecimal budget() {
        return decimal("budget");
    }

    /** @return the hourly rate, or null */
    public BigDecimal hourlyRate() {
        return decimal("hourly_rate");
    }
}
