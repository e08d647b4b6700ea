package io.harvest4j.tests.simulator.internal;

/**
 * An invoice item category ({@code /invoice_item_categories}): {@code name, use_as_service,
 * use_as_expense}. The two defaults, one for billed hours ({@code use_as_service}) and one for
 * billed expenses ({@code use_as_expense}), may be renamed but not deleted. Guarded by the
 * {@link Account}'s lock.
 */
public final class InvoiceItemCategory extends WireEntity {

    /**
     * @param name the name
     * @param useAsService whether billed hours are filed under it (a default)
     * @param useAsExpense whether billed expenses are filed under it (a default)
     */
    public InvoiceItemCategory(String name, boolean useAsService, boolean useAsExpense) {
        set("name", name);
        set("use_as_service", useAsService);
        set("use_as_expense", useAsExpense);
    }

    /** @return the name */
    public String name() {
        return text("name");
    }

    /** @return whether it is one of the two defaults, which cannot be deleted */
    public boolean isDefault() {
        return flag("use_as_service") || flag("use_as_expense");
    }
}
