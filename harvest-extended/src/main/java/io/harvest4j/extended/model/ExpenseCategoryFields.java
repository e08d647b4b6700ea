package io.harvest4j.extended.model;

import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.extended.internal.ModelText;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of an expense category to send: {@code ExpenseCategories.create} (which requires the
 * {@code name}) and {@code ExpenseCategories.update}. On the wire: XML
 * {@code <expense-category><name>…</name>…</expense-category>}, JSON
 * {@code {"expense_category":{…}}}; fields not set are not sent. The unit fields are for
 * unit-priced categories only (mileage).
 *
 * <p>One type serves both calls because the service's create and update take the same fields
 * (an update changes only those it is sent); what differs is which are required, and the facade
 * checks that when the request is made. Read-only fields (ids, time stamps, cache versions) are
 * not part of it, so they are never sent.
 */
public final class ExpenseCategoryFields {

    private String name;
    private String unitName;
    private BigDecimal unitPrice;

    private ExpenseCategoryFields() {
        // for the binders
    }

    private ExpenseCategoryFields(Builder builder) {
        this.name = builder.name;
        this.unitName = builder.unitName;
        this.unitPrice = builder.unitPrice;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the category's name; empty when not sent */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** @return the unit ({@code Miles}); empty when not sent */
    public Optional<String> unitName() {
        return Optional.ofNullable(unitName);
    }

    /** @return the price of one unit; empty when not sent */
    public Optional<BigDecimal> unitPrice() {
        return Optional.ofNullable(unitPrice);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof ExpenseCategoryFields && Arrays.equals(values(), ((ExpenseCategoryFields) other).values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    @Override
    public String toString() {
        return ModelText.describe("ExpenseCategoryFields", "name", name, "unitName", unitName, "unitPrice", unitPrice);
    }

    private Object[] values() {
        return new Object[] {name, unitName, unitPrice};
    }

    /**
     * Builds a {@link ExpenseCategoryFields}; each value is checked as it is set, so a bad one fails at once,
     * naming the field. A field not set is not sent.
     */
    public static final class Builder {
        private String name;
        private String unitName;
        private BigDecimal unitPrice;

        private Builder() {
        }

        /**
         * @param name the category's name: ({@code ""} clears it), or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is longer than 10,000 characters or holds a character that cannot be sent
         */
        public Builder name(String name) {
            this.name = Checks.text("ExpenseCategoryFields.name", name);
            return this;
        }

        /**
         * @param unitName the unit ({@code Miles}): ({@code ""} clears it), or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is longer than 10,000 characters or holds a character that cannot be sent
         */
        public Builder unitName(String unitName) {
            this.unitName = Checks.text("ExpenseCategoryFields.unitName", unitName);
            return this;
        }

        /**
         * @param unitPrice the price of one unit: not negative, or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is negative
         */
        public Builder unitPrice(BigDecimal unitPrice) {
            this.unitPrice = Checks.notNegative("ExpenseCategoryFields.unitPrice", unitPrice);
            return this;
        }

        /**
         * @return the value
         */
        public ExpenseCategoryFields build() {
            return new ExpenseCategoryFields(this);
        }
    }
}
