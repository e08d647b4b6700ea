package io.harvest4j.extended.model;

import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.extended.internal.ModelText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of a project to send: {@code Projects.create} (which requires the {@code name} and the
 * {@code clientId}) and {@code Projects.update} (which requires the {@code clientId}: the service
 * needs it on every update). On the wire: XML {@code <project><name>…</name>…</project>}, JSON
 * {@code {"project":{…}}}; fields not set are not sent. Whether a project is active changes only
 * through {@code Projects.toggle}: the service ignores {@code active} in an update.
 *
 * <p>One type serves both calls because the service's create and update take the same fields
 * (an update changes only those it is sent); what differs is which are required, and the facade
 * checks that when the request is made. Read-only fields (ids, time stamps, cache versions) are
 * not part of it, so they are never sent.
 */
public final class ProjectFields {

    private String name;
    private Boolean active;
    private String billBy;
    private Long clientId;
    private String code;
    private String notes;
    private BigDecimal budget;
    private String budgetBy;
    private Boolean billable;
    private BigDecimal hourlyRate;
    private Boolean notifyWhenOverBudget;
    private BigDecimal overBudgetNotificationPercentage;
    private Boolean showBudgetToAll;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private BigDecimal costBudget;
    private Boolean costBudgetIncludeExpenses;

    private ProjectFields() {
        // for the binders
    }

    private ProjectFields(Builder builder) {
        this.name = builder.name;
        this.active = builder.active;
        this.billBy = builder.billBy;
        this.clientId = builder.clientId;
        this.code = builder.code;
        this.notes = builder.notes;
        this.budget = builder.budget;
        this.budgetBy = builder.budgetBy;
        this.billable = builder.billable;
        this.hourlyRate = builder.hourlyRate;
        this.notifyWhenOverBudget = builder.notifyWhenOverBudget;
        this.overBudgetNotificationPercentage = builder.overBudgetNotificationPercentage;
        this.showBudgetToAll = builder.showBudgetToAll;
        this.startsOn = builder.startsOn;
        this.endsOn = builder.endsOn;
        this.costBudget = builder.costBudget;
        this.costBudgetIncludeExpenses = builder.costBudgetIncludeExpenses;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the project's name; empty when not sent */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return whether the new project is active (ignored by an update: use {@code Projects.toggle}); empty when not sent */
    public Optional<Boolean> active() {
        return Optional.ofNullable(active);
    }

    /** @return how the project's time is billed; empty when not sent */
    public Optional<BillBy> billBy() {
        return Optional.ofNullable(billBy).map(BillBy::fromWire);
    }

    /** @return the id of the project's client; empty when not sent */
    public Optional<Long> clientId() {
        return Optional.ofNullable(clientId);
    }

    /** @return the project's code; empty when not sent */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /** @return the project's notes; empty when not sent */
    public Optional<String> notes() {
        return Optional.ofNullable(notes);
    }

    /** @return the budget; empty when not sent */
    public Optional<BigDecimal> budget() {
        return Optional.ofNullable(budget);
    }

    /** @return what the budget counts; empty when not sent */
    public Optional<BudgetBy> budgetBy() {
        return Optional.ofNullable(budgetBy).map(BudgetBy::fromWire);
    }

    /** @return whether the project is billable; empty when not sent */
    public Optional<Boolean> billable() {
        return Optional.ofNullable(billable);
    }

    /** @return the project's hourly rate; empty when not sent */
    public Optional<BigDecimal> hourlyRate() {
        return Optional.ofNullable(hourlyRate);
    }

    /** @return whether the service mails a warning when the budget is nearly spent; empty when not sent */
    public Optional<Boolean> notifyWhenOverBudget() {
        return Optional.ofNullable(notifyWhenOverBudget);
    }

    /** @return the share of the budget, in percent, at which the warning goes out; empty when not sent */
    public Optional<BigDecimal> overBudgetNotificationPercentage() {
        return Optional.ofNullable(overBudgetNotificationPercentage);
    }

    /** @return whether everyone on the project sees the budget; empty when not sent */
    public Optional<Boolean> showBudgetToAll() {
        return Optional.ofNullable(showBudgetToAll);
    }

    /** @return the project's first day; empty when not sent */
    public Optional<LocalDate> startsOn() {
        return Optional.ofNullable(startsOn);
    }

    /** @return the project's last day; empty when not sent */
    public Optional<LocalDate> endsOn() {
        return Optional.ofNullable(endsOn);
    }

    /** @return the budget in money; empty when not sent */
    public Optional<BigDecimal> costBudget() {
        return Optional.ofNullable(costBudget);
    }

    /** @return whether expenses count against the cost budget; empty when not sent */
    public Optional<Boolean> costBudgetIncludeExpenses() {
        return Optional.ofNullable(costBudgetIncludeExpenses);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof ProjectFields && Arrays.equals(values(), ((ProjectFields) other).values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    @Override
    public String toString() {
        return ModelText.describe("ProjectFields", "name", name, "active", active, "billBy", billBy,
                "clientId", clientId, "code", code, "notes", notes,
                "budget", budget, "budgetBy", budgetBy, "billable", billable,
                "hourlyRate", hourlyRate, "notifyWhenOverBudget", notifyWhenOverBudget, "overBudgetNotificationPercentage", overBudgetNotificationPercentage,
                "showBudgetToAll", showBudgetToAll, "startsOn", startsOn, "endsOn", endsOn,
                "costBudget", costBudget, "costBudgetIncludeExpenses", costBudgetIncludeExpenses);
    }

    private Object[] values() {
        return new Object[] {name, active, billBy, clientId, code, notes,
                budget, budgetBy, billable, hourlyRate, notifyWhenOverBudget, overBudgetNotificationPercentage,
                showBudgetToAll, startsOn, endsOn, costBudget, costBudgetIncludeExpenses};
    }

    private static String knownBillBy(String where, BillBy value) {
        if (value == BillBy.UNKNOWN) {
            throw new InvalidRequestException(where + " must be a known value: BillBy.UNKNOWN cannot be sent");
        }
        return value.wireValue();
    }

    private static String knownBudgetBy(String where, BudgetBy value) {
        if (value == BudgetBy.UNKNOWN) {
            throw new InvalidRequestException(where + " must be a known value: BudgetBy.UNKNOWN cannot be sent");
        }
        return value.wireValue();
    }

    /**
     * Builds a {@link ProjectFields}; each value is checked as it is set, so a bad one fails at once,
     * naming the field. A field not set is not sent.
     */
    public static final class Builder {
        private String name;
        private Boolean active;
        private String billBy;
        private Long clientId;
        private String code;
        private String notes;
        private BigDecimal budget;
        private String budgetBy;
        private Boolean billable;
        private BigDecimal hourlyRate;
        private Boolean notifyWhenOverBudget;
        private BigDecimal overBudgetNotificationPercentage;
        private Boolean showBudgetToAll;
        private LocalDate startsOn;
        private LocalDate endsOn;
        private BigDecimal costBudget;
        private Boolean costBudgetIncludeExpenses;

        private Builder() {
        }

        /**
         * @param name the project's name: ({@code ""} clears it), or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is longer than 10,000 characters or holds a character that cannot be sent
         */
        public Builder name(String name) {
            this.name = Checks.text("ProjectFields.name", name);
            return this;
        }

        /**
         * @param active whether the new project is active (ignored by an update: use {@code Projects.toggle})
         * @return this builder
         */
        public Builder active(boolean active) {
            this.active = active;
            return this;
        }

        /**
         * @param billBy how the project's time is billed: not {@code UNKNOWN}, or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is UNKNOWN
         */
        public Builder billBy(BillBy billBy) {
            this.billBy = billBy == null ? null : knownBillBy("ProjectFields.billBy", billBy);
            return this;
        }

        /**
         * @param clientId the id of the project's client: a positive id
         * @return this builder
         * @throws InvalidRequestException when it is not positive
         */
        public Builder clientId(long clientId) {
            this.clientId = Checks.positiveId("ProjectFields.clientId", clientId);
            return this;
        }

        /**
         * @param code the project's code: ({@code ""} clears it), or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is longer than 10,000 characters or holds a character that cannot be sent
         */
        public Builder code(String code) {
            this.code = Checks.text("ProjectFields.code", code);
            return this;
        }

        /**
         * @param notes the project's notes: ({@code ""} clears it), or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is longer than 10,000 characters or holds a character that cannot be sent
         */
        public Builder notes(String notes) {
            this.notes = Checks.text("ProjectFields.notes", notes);
            return this;
        }

        /**
         * @param budget the budget: not negative, or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is negative
         */
        public Builder budget(BigDecimal budget) {
            this.budget = Checks.notNegative("ProjectFields.budget", budget);
            return this;
        }

        /**
         * @param budgetBy what the budget counts: not {@code UNKNOWN}, or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is UNKNOWN
         */
        public Builder budgetBy(BudgetBy budgetBy) {
            this.budgetBy = budgetBy == null ? null : knownBudgetBy("ProjectFields.budgetBy", budgetBy);
            return this;
        }

        /**
         * @param billable whether the project is billable
         * @return this builder
         */
        public Builder billable(boolean billable) {
            this.billable = billable;
            return this;
        }

        /**
         * @param hourlyRate the project's hourly rate: not negative, or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is negative
         */
        public Builder hourlyRate(BigDecimal hourlyRate) {
            this.hourlyRate = Checks.notNegative("ProjectFields.hourlyRate", hourlyRate);
            return this;
        }

        /**
         * @param notifyWhenOverBudget whether the service mails a warning when the budget is nearly spent
         * @return this builder
         */
        public Builder notifyWhenOverBudget(boolean notifyWhenOverBudget) {
            this.notifyWhenOverBudget = notifyWhenOverBudget;
            return this;
        }

        /**
         * @param overBudgetNotificationPercentage the share of the budget, in percent, at which the warning goes out: not negative, or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is negative
         */
        public Builder overBudgetNotificationPercentage(BigDecimal overBudgetNotificationPercentage) {
            this.overBudgetNotificationPercentage = Checks.notNegative("ProjectFields.overBudgetNotificationPercentage", overBudgetNotificationPercentage);
            return this;
        }

        /**
         * @param showBudgetToAll whether everyone on the project sees the budget
         * @return this builder
         */
        public Builder showBudgetToAll(boolean showBudgetToAll) {
            this.showBudgetToAll = showBudgetToAll;
            return this;
        }

        /**
         * @param startsOn the project's first day: or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when its year has not four digits
         */
        public Builder startsOn(LocalDate startsOn) {
            this.startsOn = Checks.date("ProjectFields.startsOn", startsOn);
            return this;
        }

        /**
         * @param endsOn the project's last day: or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when its year has not four digits
         */
        public Builder endsOn(LocalDate endsOn) {
            this.endsOn = Checks.date("ProjectFields.endsOn", endsOn);
            return this;
        }

        /**
         * @param costBudget the budget in money: not negative, or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is negative
         */
        public Builder costBudget(BigDecimal costBudget) {
            this.costBudget = Checks.notNegative("ProjectFields.costBudget", costBudget);
            return this;
        }

        /**
         * @param costBudgetIncludeExpenses whether expenses count against the cost budget
         * @return this builder
         */
        public Builder costBudgetIncludeExpenses(boolean costBudgetIncludeExpenses) {
            this.costBudgetIncludeExpenses = costBudgetIncludeExpenses;
            return this;
        }

        /**
         * @return the value
         */
        public ProjectFields build() {
            return new ProjectFields(this);
        }
    }
}
