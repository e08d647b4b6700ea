package io.harvest4j.extended.model;

import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.extended.internal.ModelText;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of a task to send: {@code Tasks.create} and
 * {@code TaskAssignments.createWithNewTask} (which require the {@code name}) and
 * {@code Tasks.update}. On the wire: XML {@code <task><name>…</name>…</task>}, JSON
 * {@code {"task":{…}}}; fields not set are not sent.
 *
 * <p>One type serves both calls because the service's create and update take the same fields
 * (an update changes only those it is sent); what differs is which are required, and the facade
 * checks that when the request is made. Read-only fields (ids, time stamps, cache versions) are
 * not part of it, so they are never sent.
 */
public final class TaskFields {

    private Boolean billableByDefault;
    private BigDecimal defaultHourlyRate;
    private Boolean isDefault;
    private String name;

    private TaskFields() {
        // for the binders
    }

    private TaskFields(Builder builder) {
        this.billableByDefault = builder.billableByDefault;
        this.defaultHourlyRate = builder.defaultHourlyRate;
        this.isDefault = builder.isDefault;
        this.name = builder.name;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return whether the task is billable when assigned to a project; empty when not sent */
    public Optional<Boolean> billableByDefault() {
        return Optional.ofNullable(billableByDefault);
    }

    /** @return the task's default hourly rate; empty when not sent */
    public Optional<BigDecimal> defaultHourlyRate() {
        return Optional.ofNullable(defaultHourlyRate);
    }

    /** @return whether the task is assigned to every new project; empty when not sent */
    public Optional<Boolean> isDefault() {
        return Optional.ofNullable(isDefault);
    }

    /** @return the task's name; empty when not sent */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof TaskFields && Arrays.equals(values(), ((TaskFields) other).values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    @Override
    public String toString() {
        return ModelText.describe("TaskFields", "billableByDefault", billableByDefault, "defaultHourlyRate", defaultHourlyRate, "isDefault", isDefault,
                "name", name);
    }

    private Object[] values() {
        return new Object[] {billableByDefault, defaultHourlyRate, isDefault, name};
    }

    /**
     * Builds a {@link TaskFields}; each value is checked as it is set, so a bad one fails at once,
     * naming the field. A field not set is not sent.
     */
    public static final class Builder {
        private Boolean billableByDefault;
        private BigDecimal defaultHourlyRate;
        private Boolean isDefault;
        private String name;

        private Builder() {
        }

        /**
         * @param billableByDefault whether the task is billable when assigned to a project
         * @return this builder
         */
        public Builder billableByDefault(boolean billableByDefault) {
            this.billableByDefault = billableByDefault;
            return this;
        }

        /**
         * @param defaultHourlyRate the task's default hourly rate: not negative, or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is negative
         */
        public Builder defaultHourlyRate(BigDecimal defaultHourlyRate) {
            this.defaultHourlyRate = Checks.notNegative("TaskFields.defaultHourlyRate", defaultHourlyRate);
            return this;
        }

        /**
         * @param isDefault whether the task is assigned to every new project
         * @return this builder
         */
        public Builder isDefault(boolean isDefault) {
            this.isDefault = isDefault;
            return this;
        }

        /**
         * @param name the task's name: ({@code ""} clears it), or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is longer than 10,000 characters or holds a character that cannot be sent
         */
        public Builder name(String name) {
            this.name = Checks.text("TaskFields.name", name);
            return this;
        }

        /**
         * @return the value
         */
        public TaskFields build() {
            return new TaskFields(this);
        }
    }
}
