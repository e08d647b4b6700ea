package io.harvest4j.extended;

import io.harvest4j.core.Call;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestRequest;
import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.extended.model.InvoiceItemCategory;
import io.harvest4j.extended.model.InvoiceItemCategoryFields;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The categories of invoice line items (administrators; the account's invoices module must be
 * on). Two default categories, for billed hours and billed expenses, can be renamed but not
 * deleted. Thread-safe and immutable; each method answers a request to run with
 * {@code execute()} or {@code executeAsync()}.
 *
 * <pre>{@code
 * InvoiceItemCategories categories = new InvoiceItemCategories(client);
 * long id = categories.create(InvoiceItemCategoryFields.builder().name("Entertainment").build()).execute();
 * }</pre>
 */
public final class InvoiceItemCategories {

    /**
     * {@code <invoice-item-category>…}; JSON {@code {"invoice_item_category":{…}}}, also read as
     * {@code invoice_category}, as the service was seen to answer.
     */
    static final WireShape INVOICE_ITEM_CATEGORY =
            WireShape.object("invoice_item_category").alsoAccepting("invoice_category").build();

    /** {@code <invoice-item-categories><invoice-item-category>…}; JSON items also read as {@code invoice_category}. */
    static final WireShape INVOICE_ITEM_CATEGORIES = WireShape.list("invoice_item_categories", "invoice_item_category")
            .alsoAccepting("invoice_category", "invoice_categories").build();

    private final HarvestClient client;

    /**
     * @param client the client of the account
     * @throws InvalidRequestException when it is {@code null}
     */
    @Inject
    public InvoiceItemCategories(HarvestClient client) {
        this.client = Checks.required("InvoiceItemCategories: client", client);
    }

    /**
     * {@code GET /invoice_item_categories}: every category (the service offers no filter).
     *
     * @return the request
     */
    public HarvestRequest<List<InvoiceItemCategory>> list() {
        return HarvestRequest.of(client, Call.get("/invoice_item_categories")
                .decodingList(InvoiceItemCategory.class, INVOICE_ITEM_CATEGORIES));
    }

    /**
     * {@code POST /invoice_item_categories}: creates a category (the name is required). Not retried
     * once it may have reached the service.
     *
     * @param fields the new category's fields
     * @return the request; its result is the new category's id (from {@code Location}, which the
     *     service spells {@code /invoice_categories/{id}})
     * @throws InvalidRequestException when the fields are {@code null} or have no name
     */
    public HarvestRequest<Long> create(InvoiceItemCategoryFields fields) {
        RequiredFields.require("InvoiceItemCategories.create: invoiceItemCategory.name",
                Checks.required("InvoiceItemCategories.create: invoiceItemCategory", fields).name());
        return HarvestRequest.of(client, Call.post("/invoice_item_categories").body(fields, INVOICE_ITEM_CATEGORY)
                .idempotent(false).readingCreatedId());
    }

    /**
     * {@code PUT /invoice_item_categories/{id}}: changes the fields given (the default categories
     * too: they may be renamed).
     *
     * @param invoiceItemCategoryId the category's id
     * @param fields the fields to change
     * @return the request
     * @throws InvalidRequestException when the id is not positive or the fields are {@code null}
     */
    public HarvestRequest<Void> update(long invoiceItemCategoryId, InvoiceItemCategoryFields fields) {
        Checks.required("InvoiceItemCategories.update: invoiceItemCategory", fields);
        return HarvestRequest.of(client, Call.put("/invoice_item_categories/{}", id("update", invoiceItemCategoryId))
                .body(fields, INVOICE_ITEM_CATEGORY).discardingBody());
    }

    /**
     * {@code DELETE /invoice_item_categories/{id}}: deletes a category; the two defaults cannot be
     * deleted (400 with a Hint, {@link io.harvest4j.core.BadRequestException}).
     *
     * @param invoiceItemCategoryId the category's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public HarvestRequest<Void> delete(long invoiceItemCategoryId) {
        return HarvestRequest.of(client,
                Call.delete("/invoice_item_categories/{}", id("delete", invoiceItemCategoryId)).discardingBody());
    }

    @Override
    public String toString() {
        return "InvoiceItemCategories{" + client + "}";
    }

    private static long id(String method, long invoiceItemCategoryId) {
        return Checks.positiveId("InvoiceItemCategories." + method + ": invoiceItemCategoryId", invoiceItemCategoryId);
    }
}
