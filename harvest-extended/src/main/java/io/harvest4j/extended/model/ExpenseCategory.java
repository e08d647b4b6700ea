package io.harvest4j.extended.model;

import io.harvest4j.extended.internal.ModelText;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * A category of expenses, as {@code GET /expense_categories} and
 * {@code GET /expense_categories/{id}} answer it (XML {@code <expense-category>}, JSON
 * {@code {"expense_category":{…}}}). Made by codecs only.
 */
public final class ExpenseCategory extends Resource {

    private String name;
    private String unitName;
    private BigDecimal unitPrice;
    private Boolean deactivated;

    private ExpenseCategory() {
        // for the binders
    }

    /** @return the category's name ({@code Mileage}); empty when the service left it out */
    public String name() {
        return name == null ? "" : name;
    }

    /** @return the unit of unit-priced categories ({@code Miles}); empty when the service left it out */
    public String unitName() {
        return unitName == null ? "" : unitName;
    }

    /** @return the price of one unit, for unit-priced categories; empty when the service left it out or sent nil */
    public Optional<BigDecimal> unitPrice() {
        return Optional.ofNullable(unitPrice);
    }

    /** @return whether the category is archived (no expenses can be logged to it) ({@code false} when the service left it out) */
    public boolean isDeactivated() {
        return Boolean.TRUE.equals(deactivated);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof ExpenseCategory && Arrays.equals(values(), ((ExpenseCategory) other).values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    @Override
    public String toString() {
        return ModelText.describe("ExpenseCategory", "id", id, "name", name, "unitName", unitName,
                "unitPrice", unitPrice, "deactivated", deactivated, "createdAt", createdAt,
                "updatedAt", updatedAt);
    }

    private Object[] values() {
        return new Object[] {id, name, unitName, unitPrice, deactivated, createdAt,
                updatedAt};
    }
}
