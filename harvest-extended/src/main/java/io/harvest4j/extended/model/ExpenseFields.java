package io.harvest4j.extended.model;

import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.extended.internal.ModelText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of an expense to send: {@code Expenses.create} (which requires the project, the
 * category, the day and either the total cost or, for a unit-priced category, the units) and
 * {@code Expenses.update} (which changes only the fields set). On the wire: XML
 * {@code <expense><notes>…</notes><total-cost>…</total-cost>…</expense>}, JSON
 * {@code {"expense":{…}}}; fields not set are not sent.
 *
 * <pre>{@code
 * ExpenseFields lunch = ExpenseFields.builder().projectId(2).expenseCategoryId(1)
 *         .spentAt(LocalDate.of(2008, 2, 10)).totalCost(new BigDecimal("11.00")).billable(true)
 *         .notes("Lunch with the client").build();
 * ExpenseFields drive = ExpenseFields.builder().projectId(2).expenseCategoryId(3)      // mileage
 *         .spentAt(LocalDate.of(2008, 2, 10)).units(new BigDecimal("5")).build();   // the service prices it
 * }</pre>
 *
 * <p>An expense costs either a total or a number of units of a unit-priced category (the service
 * computes the total from the category's unit price): a value with both is refused. Read-only fields
 * (ids, time stamps, {@code has_receipt}, {@code receipt_url}, {@code is_closed}) are not part of
 * it, so they are never sent. On a locked expense the project, category and day cannot change.
 */
public final class ExpenseFields {

    private String notes;
    private BigDecimal totalCost;
    private BigDecimal units;
    private Long projectId;
    private Long expenseCategoryId;
    private Boolean billable;
    private LocalDate spentAt;

    private ExpenseFields() {
        // for the binders
    }

    private ExpenseFields(Builder builder) {
        if (builder.totalCost != null && builder.units != null) {
            throw new InvalidRequestException("ExpenseFields: give totalCost or units, not both (the service computes "
                    + "the total of a unit-priced category from its units)");
        }
        this.notes = builder.notes;
        this.totalCost = builder.totalCost;
        this.units = builder.units;
        this.projectId = builder.projectId;
        this.expenseCategoryId = builder.expenseCategoryId;
        this.billable = builder.billable;
        this.spentAt = builder.spentAt;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the notes; empty when not sent */
    public Optional<String> notes() {
        return Optional.ofNullable(notes);
    }

    /** @return what it cost; empty when not sent */
    public Optional<BigDecimal> totalCost() {
        return Optional.ofNullable(totalCost);
    }

    /** @return the units of a unit-priced category; empty when not sent */
    public Optional<BigDecimal> units() {
        return Optional.ofNullable(units);
    }

    /** @return the project's id; empty when not sent */
    public Optional<Long> projectId() {
        return Optional.ofNullable(projectId);
    }

    /** @return the expense category's id; empty when not sent */
    public Optional<Long> expenseCategoryId() {
        return Optional.ofNullable(expenseCategoryId);
    }

    /** @return whether it may be invoiced; empty when not sent */
    public Optional<Boolean> billable() {
        return Optional.ofNullable(billable);
    }

    /** @return the day it was spent; empty when not sent */
    public Optional<LocalDate> spentAt() {
        return Optional.ofNullable(spentAt);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof ExpenseFields && Arrays.equals(values(), ((ExpenseFields) other).values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    /** @return the fields set but the notes, which may hold personal data */
    @Override
    public String toString() {
        return ModelText.describe("ExpenseFields", "projectId", projectId, "expenseCategoryId", expenseCategoryId,
                "spentAt", spentAt, "totalCost", totalCost, "units", units, "billable", billable);
    }

    private Object[] values() {
        return new Object[] {notes, totalCost, units, projectId, expenseCategoryId, billable, spentAt};
    }

    /**
     * Builds an {@link ExpenseFields}; each value is checked as it is set, so a bad one fails at
     * once, naming the field. A field not set is not sent.
     */
    public static final class Builder {
        private String notes;
        private BigDecimal totalCost;
        private BigDecimal units;
        private Long projectId;
        private Long expenseCategoryId;
        private Boolean billable;
        private LocalDate spentAt;

        private Builder() {
        }

        /**
         * @param notes the notes ({@code ""} clears them), or {@code null} to leave them out
         * @return this builder
         * @throws InvalidRequestException when they are longer than 10,000 characters or hold a character that cannot be sent
         */
        public Builder notes(String notes) {
            this.notes = Checks.text("ExpenseFields.notes", notes);
            return this;
        }

        /**
         * @param totalCost what it cost: not negative, or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is negative
         */
        public Builder totalCost(BigDecimal totalCost) {
            this.totalCost = Checks.notNegative("ExpenseFields.totalCost", totalCost);
            return this;
        }

        /**
         * @param units the units of a unit-priced category (miles): not negative, or {@code null}
         *     to leave them out; the service computes the total cost from them
         * @return this builder
         * @throws InvalidRequestException when they are negative
         */
        public Builder units(BigDecimal units) {
            this.units = Checks.notNegative("ExpenseFields.units", units);
            return this;
        }

        /**
         * @param projectId the project's id
         * @return this builder
         * @throws InvalidRequestException when it is not positive
         */
        public Builder projectId(long projectId) {
            this.projectId = Checks.positiveId("ExpenseFields.projectId", projectId);
            return this;
        }

        /**
         * @param expenseCategoryId the expense category's id
         * @return this builder
         * @throws InvalidRequestException when it is not positive
         */
        public Builder expenseCategoryId(long expenseCategoryId) {
            this.expenseCategoryId = Checks.positiveId("ExpenseFields.expenseCategoryId", expenseCategoryId);
            return this;
        }

        /**
         * @param billable whether it may be invoiced, or {@code null} to leave it out
         * @return this builder
         */
        public Builder billable(Boolean billable) {
            this.billable = billable;
            return this;
        }

        /**
         * @param spentAt the day it was spent, or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when its year has not four digits
         */
        public Builder spentAt(LocalDate spentAt) {
            this.spentAt = Checks.date("ExpenseFields.spentAt", spentAt);
            return this;
        }

        /**
         * @return the value
         * @throws InvalidRequestException when both the total cost and the units are set
         */
        public ExpenseFields build() {
            return new ExpenseFields(this);
        }
    }
}
