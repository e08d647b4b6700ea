package io.harvest4j.tests.simulator.internal;

import java.math.BigDecimal;

/**
 * An expense category ({@code /expense_categories}): {@code name, unit_name, unit_price,
 * deactivated}, and how many expenses use it (kept by the {@link Account} as expenses are added, moved to
 * another category and removed). Guarded by the {@link Account}'s lock.
 */
public final class ExpenseCategory extends WireEntity {

    private int expenses;

    /**
     * @param name the name
     * @param unitName the unit ({@code Miles}), or null for a category priced per expense
     * @param unitPrice the price of one unit, or null
     */
    public ExpenseCategory(String name, String unitName, BigDecimal unitPrice) {
        set("name", name);
        set("unit_name", unitName);
        set("unit_price", unitPrice);
        set("deactivated", false);
    }

    /** @return the name */
    public String name() {
        return text("name");
    }

    /** @return the unit, or null */
    public String unitName() {
        return text("unit_name");
    }

    /** @return the unit price, or null */
    public BigDecimal unitPrice() {
        return decimal("unit_price");
    }

    /** @return whether archived */
    public boolean isDeactivated() {
        return flag("deactivated");
    }

    /** @return whether an expense uses it (then it cannot be deleted) */
    public boolean isInUse() {
        return expenses > 0;
    }

    /** Records one more expense using it. */
    public void addExpense() {
        expenses++;
    }

    /** Records one expense less using it. */
    public void removeExpense() {
        expenses--;
    }
}
