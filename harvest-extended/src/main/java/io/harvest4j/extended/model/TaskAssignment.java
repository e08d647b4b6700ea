package io.harvest4j.extended.model;

import io.harvest4j.extended.internal.ModelText;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * A task assigned to a project, as {@code GET /projects/{id}/task_assignments} and
 * {@code GET /projects/{id}/task_assignments/{id}} answer it (XML {@code <task-assignment>}, JSON
 * {@code {"task_assignment":{…}}}). Made by codecs only.
 */
public final class TaskAssignment extends Resource {

    private Long projectId;
    private Long taskId;
    private Boolean billable;
    private Boolean deactivated;
    private BigDecimal budget;
    private BigDecimal hourlyRate;

    private TaskAssignment() {
        // for the binders
    }

    /** @return the project's id ({@code 0} when the service left it out) */
    public long projectId() {
        return projectId == null ? 0 : projectId;
    }

    /** @return the task's id ({@code 0} when the service left it out) */
    public long taskId() {
        return taskId == null ? 0 : taskId;
    }

    /** @return whether the task is billable on this project ({@code false} when the service left it out) */
    public boolean isBillable() {
        return Boolean.TRUE.equals(billable);
    }

    /** @return whether the task is deactivated on this project (no more hours) ({@code false} when the service left it out) */
    public boolean isDeactivated() {
        return Boolean.TRUE.equals(deactivated);
    }

    /** @return the task's budget on this project; empty when the service left it out or sent nil */
    public Optional<BigDecimal> budget() {
        return Optional.ofNullable(budget);
    }

    /** @return the task's hourly rate on this project; empty when the service left it out or sent nil */
    public Optional<BigDecimal> hourlyRate() {
        return Optional.ofNullable(hourlyRate);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof TaskAssignment && Arrays.equals(values(), ((TaskAssignment) other).values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    @Override
    public String toString() {
        return ModelText.describe("TaskAssignment", "id", id, "projectId", projectId, "taskId", taskId,
                "billable", billable, "deactivated", deactivated, "budget", budget,
                "hourlyRate", hourlyRate, "createdAt", createdAt, "updatedAt", updatedAt);
    }

    private Object[] values() {
        return new Object[] {id, projectId, taskId, billable, deactivated, budget,
                hourlyRate, createdAt, updatedAt};
    }
}
