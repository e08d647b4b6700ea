package io.harvest4j.extended.model;

import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.extended.internal.ModelText;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * A change of a task's assignment to a project, for {@code TaskAssignments.update}. On the wire: XML
 * {@code <task-assignment><billable>…</billable>…</task-assignment>}, JSON
 * {@code {"task_assignment":{…}}}; fields not set are not sent.
 */
public final class TaskAssignmentUpdate {

    private Boolean billable;
    private Boolean deactivated;
    private BigDecimal budget;
    private BigDecimal hourlyRate;

    private TaskAssignmentUpdate() {
        // for the binders
    }

    private TaskAssignmentUpdate(Builder builder) {
        this.billable = builder.billable;
        this.deactivated = builder.deactivated;
        this.budget = builder.budget;
        this.hourlyRate = builder.hourlyRate;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return whether the task is billable on the project; empty when not sent */
    public Optional<Boolean> billable() {
        return Optional.ofNullable(billable);
    }

    /** @return whether the task is deactivated on the project; empty when not sent */
    public Optional<Boolean> deactivated() {
        return Optional.ofNullable(deactivated);
    }

    /** @return the task's budget on the project; empty when not sent */
    public Optional<BigDecimal> budget() {
        return Optional.ofNullable(budget);
    }

    /** @return the task's hourly rate on the project; empty when not sent */
    public Optional<BigDecimal> hourlyRate() {
        return Optional.ofNullable(hourlyRate);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof TaskAssignmentUpdate && Arrays.equals(values(), ((TaskAssignmentUpdate) other).values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    @Override
    public String toString() {
        return ModelText.describe("TaskAssignmentUpdate", "billable", billable, "deactivated", deactivated, "budget", budget,
                "hourlyRate", hourlyRate);
    }

    private Object[] values() {
        return new Object[] {billable, deactivated, budget, hourlyRate};
    }

    /**
     * Builds a {@link TaskAssignmentUpdate}; each value is checked as it is set, so a bad one fails at once,
     * naming the field. A field not set is not sent.
     */
    public static final class Builder {
        private Boolean billable;
        private Boolean deactivated;
        private BigDecimal budget;
        private BigDecimal hourlyRate;

        private Builder() {
        }

        /**
         * @param billable whether the task is billable on the project
         * @return this builder
         */
        public Builder billable(boolean billable) {
            this.billable = billable;
            return this;
        }

        /**
         * @param deactivated whether the task is deactivated on the project
         * @return this builder
         */
        public Builder deactivated(boolean deactivated) {
            this.deactivated = deactivated;
            return this;
        }

        /**
         * @param budget the task's budget on the project: not negative, or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is negative
         */
        public Builder budget(BigDecimal budget) {
            this.budget = Checks.notNegative("TaskAssignmentUpdate.budget", budget);
            return this;
        }

        /**
         * @param hourlyRate the task's hourly rate on the project: not negative, or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is negative
         */
        public Builder hourlyRate(BigDecimal hourlyRate) {
            this.hourlyRate = Checks.notNegative("TaskAssignmentUpdate.hourlyRate", hourlyRate);
            return this;
        }

        /**
         * @return the value
         */
        public TaskAssignmentUpdate build() {
            return new TaskAssignmentUpdate(this);
        }
    }
}
