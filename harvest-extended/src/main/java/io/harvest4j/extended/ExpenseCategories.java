package io.harvest4j.extended;

import io.harvest4j.core.Call;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestRequest;
import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.ListRequest;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.extended.model.ExpenseCategory;
import io.harvest4j.extended.model.ExpenseCategoryFields;
import jakarta.inject.Inject;

/**
 * The categories expenses are logged to (administrators). Thread-safe and immutable; each method
 * answers a request to run with {@code execute()} or {@code executeAsync()}.
 *
 * <pre>{@code
 * ExpenseCategories categories = new ExpenseCategories(client);
 * long id = categories.create(ExpenseCategoryFields.builder().name("Mileage").unitName("Miles")
 *         .unitPrice(new BigDecimal("0.485")).build()).execute();
 * }</pre>
 */
public final class ExpenseCategories {

    /** {@code <expense-category>…</expense-category>}; JSON {@code {"expense_category":{…}}}. */
    static final WireShape EXPENSE_CATEGORY = WireShape.object("expense_category").build();

    /** {@code <expense-categories><expense-category>…}; JSON {@code [{"expense_category":{…}}]}. */
    static final WireShape EXPENSE_CATEGORIES = WireShape.list("expense_categories", "expense_category").build();

    private final HarvestClient client;

    /**
     * @param client the client of the account
     * @throws InvalidRequestException when it is {@code null}
     */
    @Inject
    public ExpenseCategories(HarvestClient client) {
        this.client = Checks.required("ExpenseCategories: client", client);
    }

    /**
     * {@code GET /expense_categories}: every category; narrow it with {@code updatedSince(…)}.
     *
     * @return the request
     */
    public ListRequest<ExpenseCategory> list() {
        return ListRequest.of(client,
                Call.get("/expense_categories").decodingList(ExpenseCategory.class, EXPENSE_CATEGORIES));
    }

    /**
     * {@code GET /expense_categories/{id}}: one category.
     *
     * @param expenseCategoryId the category's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public HarvestRequest<ExpenseCategory> show(long expenseCategoryId) {
        return HarvestRequest.of(client, Call.get("/expense_categories/{}", id("show", expenseCategoryId))
                .decoding(ExpenseCategory.class, EXPENSE_CATEGORY));
    }

    /**
     * {@code POST /expense_categories}: creates a category (the name is required). Not retried once
     * it may have reached the service.
     *
     * @param fields the new category's fields
     * @return the request; its result is the new category's id (from {@code Location})
     * @throws InvalidRequestException when the fields are {@code null} or have no name
     */
    public HarvestRequest<Long> create(ExpenseCategoryFields fields) {
        RequiredFields.require("ExpenseCategories.create: expenseCategory.name",
                Checks.required("ExpenseCategories.create: expenseCategory", fields).name());
        return HarvestRequest.of(client,
                Call.post("/expense_categories").body(fields, EXPENSE_CATEGORY).idempotent(false).readingCreatedId());
    }

    /**
     * {@code PUT /expense_categories/{id}}: changes the fields given, leaves the others as they are.
     *
     * @param expenseCategoryId the category's id
     * @param fields the fields to change
     * @return the request
     * @throws InvalidRequestException when the id is not positive or the fields are {@code null}
     */
    public HarvestRequest<Void> update(long expenseCategoryId, ExpenseCategoryFields fields) {
        Checks.required("ExpenseCategories.update: expenseCategory", fields);
        return HarvestRequest.of(client, Call.put("/expense_categories/{}", id("update", expenseCategoryId))
                .body(fields, EXPENSE_CATEGORY).discardingBody());
    }

    /**
     * {@code DELETE /expense_categories/{id}}: deletes a category no expense uses (else 400).
     *
     * @param expenseCategoryId the category's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public HarvestRequest<Void> delete(long expenseCategoryId) {
        return HarvestRequest.of(client,
                Call.delete("/expense_categories/{}", id("delete", expenseCategoryId)).discardingBody());
    }

    @Override
    public String toString() {
        return "ExpenseCategories{" + client + "}";
    }

    private static long id(String method, long expenseCategoryId) {
        return Checks.positiveId("ExpenseCategories." + method + ": expenseCategoryId", expenseCategoryId);
    }
}
