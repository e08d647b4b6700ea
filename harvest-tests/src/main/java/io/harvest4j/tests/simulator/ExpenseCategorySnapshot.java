package io.harvest4j.tests.simulator;

import io.harvest4j.tests.simulator.internal.ExpenseCategory;
import java.math.BigDecimal;
import java.util.Optional;

/** An expense category as it was when read ({@link Resource#EXPENSE_CATEGORIES}). Immutable. */
public final class ExpenseCategorySnapshot extends Snapshot {

    private final String name;
    private final String unitName;
    private final BigDecimal unitPrice;
    private final boolean deactivated;
    private final boolean inUse;

    ExpenseCategorySnapshot(ExpenseCategory category) {
        super(category);
        this.name = category.name();
        this.unitName = category.unitName();
        this.unitPrice = category.unitPrice();
        this.deactivated = category.isDeactivated();
        this.inUse = category.isInUse();
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /** @return the unit ({@code Miles}) of a unit-priced category */
    public Optional<String> unitName() {
        return Optional.ofNullable(unitName);
    }

    /** @return the price of one unit of a unit-priced category */
    public Optional<BigDecimal> unitPrice() {
        return Optional.ofNullable(unitPrice);
    }

    /** @return whether archived */
    public boolean isDeactivated() {
        return deactivated;
    }

    /** @return whether an expense uses it (it cannot be deleted then) */
    public boolean isInUse() {
        return inUse;
    }

    @Override
    public String toString() {
        return "ExpenseCategorySnapshot[id=" + id() + ", " + name + "]";
    }
}
