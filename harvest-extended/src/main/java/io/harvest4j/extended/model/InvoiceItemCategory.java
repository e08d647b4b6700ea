package io.harvest4j.extended.model;

import io.harvest4j.extended.internal.ModelText;
import java.util.Arrays;

/**
 * A category of invoice line items, as {@code GET /invoice_item_categories} answers it (XML
 * {@code <invoice-item-category>}, JSON {@code {"invoice_item_category":{…}}}, also read when the
 * service wraps it as {@code invoice_category}). Every account has two default categories that
 * can be renamed but not deleted: the one for billed hours ({@link #useAsService()}, "Service")
 * and the one for billed expenses ({@link #useAsExpense()}, "Product"). Made by codecs only.
 */
public final class InvoiceItemCategory extends Resource {

    private String name;
    private Boolean useAsService;
    private Boolean useAsExpense;

    private InvoiceItemCategory() {
        // for the binders
    }

    /** @return the category's name ({@code Hosting}); empty when the service left it out */
    public String name() {
        return name == null ? "" : name;
    }

    /** @return whether invoiced hours are filed under it: a default category ({@code false} when the service left it out) */
    public boolean useAsService() {
        return Boolean.TRUE.equals(useAsService);
    }

    /** @return whether invoiced expenses are filed under it: a default category ({@code false} when the service left it out) */
    public boolean useAsExpense() {
        return Boolean.TRUE.equals(useAsExpense);
    }

    /** @return whether it is one of the two default categories, which cannot be deleted */
    public boolean isDefault() {
        return useAsService() || useAsExpense();
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof InvoiceItemCategory
                && Arrays.equals(values(), ((InvoiceItemCategory) other).values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    @Override
    public String toString() {
        return ModelText.describe("InvoiceItemCategory", "id", id, "name", name, "useAsService", useAsService,
                "useAsExpense", useAsExpense, "createdAt", createdAt, "updatedAt", updatedAt);
    }

    private Object[] values() {
        return new Object[] {id, name, useAsService, useAsExpense, createdAt, updatedAt};
    }
}
