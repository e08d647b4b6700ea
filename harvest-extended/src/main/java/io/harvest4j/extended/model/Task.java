package io.harvest4j.extended.model;

import io.harvest4j.extended.internal.ModelText;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * A task of the company (a kind of work time is logged to), as {@code GET /tasks} and
 * {@code GET /tasks/{id}} answer it (XML {@code <task>}, JSON {@code {"task":{…}}}). Made by codecs
 * only.
 */
public final class Task extends Resource {

    private String name;
    private Boolean billableByDefault;
    private Boolean deactivated;
    private BigDecimal defaultHourlyRate;
    private Boolean isDefault;

    private Task() {
        // for the binders
    }

    /** @return the task's name; empty when the service left it out */
    public String name() {
        return name == null ? "" : name;
    }

    /** @return whether the task is billable when assigned to a project ({@code false} when the service left it out) */
    public boolean isBillableByDefault() {
        return Boolean.TRUE.equals(billableByDefault);
    }

    /** @return whether the task is archived (no hours can be logged to it) ({@code false} when the service left it out) */
    public boolean isDeactivated() {
        return Boolean.TRUE.equals(deactivated);
    }

    /** @return the task's default hourly rate; empty when the service left it out or sent nil */
    public Optional<BigDecimal> defaultHourlyRate() {
        return Optional.ofNullable(defaultHourlyRate);
    }

    /** @return whether the task is assigned to every new project ({@code false} when the service left it out) */
    public boolean isDefault() {
        return Boolean.TRUE.equals(isDefault);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Task && Arrays.equals(values(), ((Task) other).values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    @Override
    public String toString() {
        return ModelText.describe("Task", "id", id, "name", name, "billableByDefault", billableByDefault,
                "deactivated", deactivated, "defaultHourlyRate", defaultHourlyRate, "isDefault", isDefault,
                "createdAt", createdAt, "updatedAt", updatedAt);
    }

    private Object[] values() {
        return new Object[] {id, name, billableByDefault, deactivated, defaultHourlyRate, isDefault,
                createdAt, updatedAt};
    }
}
