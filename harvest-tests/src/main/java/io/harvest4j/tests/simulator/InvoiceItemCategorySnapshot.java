package io.harvest4j.tests.simulator;

import io.harvest4j.tests.simulator.internal.InvoiceItemCategory;

/** An invoice item category as it was when read ({@link Resource#INVOICE_ITEM_CATEGORIES}). Immutable. */
public final class InvoiceItemCategorySnapshot extends Snapshot {

    private final String name;
    private final boolean useAsService;
    private final boolean useAsExpense;

    InvoiceItemCategorySnapshot(InvoiceItemCategory category) {
        super(category);
        this.name = category.name();
        this.useAsService = Boolean.TRUE.equals(category.value("use_as_service"));
        this.useAsExpense = Boolean.TRUE.equals(category.value("use_as_expense"));
    }

    /** @return the name */
    public String name() {
        return name;
    }

    /** @return whether billed hours are filed under it (a default) */
    public boolean useAsService() {
        return useAsService;
    }

    /** @return whether billed expenses are filed under it (a default) */
    public boolean useAsExpense() {
        return useAsExpense;
    }

    @Override
    public String toString() {
        return "InvoiceItemCategorySnapshot[id=" + id() + ", " + name + "]";
    }
}
