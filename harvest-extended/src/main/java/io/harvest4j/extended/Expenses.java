package io.harvest4j.extended;

import io.harvest4j.core.Call;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestRequest;
import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.QueryValues;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.extended.internal.MultipartForm;
import io.harvest4j.extended.model.Expense;
import io.harvest4j.extended.model.ExpenseFields;
import io.harvest4j.extended.model.Receipt;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Expense tracking: the expenses of the user the client acts as, or, through
 * {@link #ofUser(long)}, of another user (administrators), and their receipts. Any user may track
 * their own expenses. Thread-safe and immutable; each method answers a request to run with
 * {@code execute()} or {@code executeAsync()}.
 *
 * <pre>{@code
 * Expenses expenses = new Expenses(client);
 * long id = expenses.create(ExpenseFields.builder().projectId(2).expenseCategoryId(1)
 *         .spentAt(LocalDate.of(2008, 2, 10)).totalCost(new BigDecimal("11.00")).build()).execute();
 * expenses.uploadReceipt(id, Receipt.of(Path.of("hotel.jpg"))).execute();     // streamed from the disk
 * byte[] image = expenses.receipt(id).execute();
 * expenses.downloadReceipt(id, Path.of("copy.jpg")).execute();                 // streamed to the disk
 * List<Expense> hers = expenses.ofUser(42).list(LocalDate.of(2008, 2, 10)).execute();
 * }</pre>
 *
 * <p>Locked expenses (approved or invoiced, {@link Expense#isClosed()}) may be changed and deleted
 * by administrators only, and not their project, category or day: the service refuses with 400
 * and a Hint ({@link io.harvest4j.core.BadRequestException#hint()}). A 404 means "not found, or
 * not visible to this user".
 */
public final class Expenses {

    /** {@code <expense>…</expense>}; JSON {@code {"expense":{…}}}. */
    static final WireShape EXPENSE = WireShape.object("expense").build();

    /** {@code <expenses><expense>…}; JSON {@code [{"expense":{…}}]}. */
    static final WireShape EXPENSES = WireShape.list("expenses", "expense").build();

    /** The form field a receipt is posted as. */
    static final String RECEIPT_FIELD = "expense[receipt]";

    private final HarvestClient client;
    private final Long ofUser;

    /**
     * @param client the client of the account; the calls are made as its user
     * @throws InvalidRequestException when it is {@code null}
     */
    @Inject
    public Expenses(HarvestClient client) {
        this(Checks.required("Expenses: client", client), null);
    }

    private Expenses(HarvestClient client, Long ofUser) {
        this.client = client;
        this.ofUser = ofUser;
    }

    /**
     * A view of another user's expenses: every call it makes carries {@code of_user={userId}}.
     * Only administrators may work with other users' expenses; for anyone else the service answers
     * 404 ({@link io.harvest4j.core.NotFoundException}).
     *
     * @param userId the user's id
     * @return a facade for that user's expenses, over the same client
     * @throws InvalidRequestException when the id is not positive
     */
    public Expenses ofUser(long userId) {
        return new Expenses(client, Checks.positiveId("Expenses.ofUser: userId", userId));
    }

    /** @return the user whose expenses this view works with; empty for the client's own user */
    public Optional<Long> ofUserId() {
        return Optional.ofNullable(ofUser);
    }

    /**
     * {@code GET /expenses/{day_of_year}/{year}}: the user's expenses of a day
     * ({@code /expenses/41/2008} for 10 February 2008). The service served this call although its
     * documentation does not list it.
     *
     * @param day the day
     * @return the request
     * @throws InvalidRequestException when the day is {@code null} or its year has not four digits
     */
    public HarvestRequest<List<Expense>> list(LocalDate day) {
        Checks.date("Expenses.list: day", Checks.required("Expenses.list: day", day));
        return request(Call.get("/expenses/{}/{}", day.getDayOfYear(), day.getYear()).decodingList(Expense.class, EXPENSES));
    }

    /**
     * {@code GET /expenses/{id}}: one expense.
     *
     * @param expenseId the expense's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public HarvestRequest<Expense> show(long expenseId) {
        return request(Call.get("/expenses/{}", id("show", expenseId)).decoding(Expense.class, EXPENSE));
    }

    /**
     * {@code POST /expenses}: logs an expense. It needs its project, category and day, and either
     * its total cost or, for a unit-priced category, its units (the service computes the total).
     * Not retried once it may have reached the service.
     *
     * @param fields the new expense's fields
     * @return the request; its result is the new expense's id (from {@code Location})
     * @throws InvalidRequestException when the fields are {@code null} or lack the project, the
     *     category, the day, or both the total cost and the units
     */
    public HarvestRequest<Long> create(ExpenseFields fields) {
        Checks.required("Expenses.create: expense", fields);
        RequiredFields.require("Expenses.create: expense.projectId", fields.projectId());
        RequiredFields.require("Expenses.create: expense.expenseCategoryId", fields.expenseCategoryId());
        RequiredFields.require("Expenses.create: expense.spentAt", fields.spentAt());
        if (fields.totalCost().isEmpty() && fields.units().isEmpty()) {
            throw new InvalidRequestException("Expenses.create: expense.totalCost or expense.units is required");
        }
        return request(Call.post("/expenses").body(fields, EXPENSE).idempotent(false).readingCreatedId());
    }

    /**
     * {@code PUT /expenses/{id}}: changes the fields given, leaves the others as they are.
     *
     * @param expenseId the expense's id
     * @param fields the fields to change
     * @return the request
     * @throws InvalidRequestException when the id is not positive or the fields are {@code null}
     */
    public HarvestRequest<Void> update(long expenseId, ExpenseFields fields) {
        Checks.required("Expenses.update: expense", fields);
        return request(Call.put("/expenses/{}", id("update", expenseId)).body(fields, EXPENSE).discardingBody());
    }

    /**
     * {@code DELETE /expenses/{id}}: deletes an expense (a locked one: administrators only).
     *
     * @param expenseId the expense's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public HarvestRequest<Void> delete(long expenseId) {
        return request(Call.delete("/expenses/{}", id("delete", expenseId)).discardingBody());
    }

    /**
     * {@code POST /expenses/{id}/receipt}: attaches the receipt, or replaces the one attached, as a
     * {@code multipart/form-data} post of the field {@code expense[receipt]} with the file's name
     * and content type. The file is streamed while it is sent (never held in memory by the
     * client). Sending the same receipt twice leaves the expense as sending it once, so a failed
     * upload is retried when the receipt can be read again (from a file or bytes), never when it
     * comes from an {@link InputStream}.
     *
     * @param expenseId the expense's id
     * @param receipt the file
     * @return the request
     * @throws InvalidRequestException when the id is not positive or the receipt is {@code null}
     */
    public HarvestRequest<Void> uploadReceipt(long expenseId, Receipt receipt) {
        long id = id("uploadReceipt", expenseId);
        Checks.required("Expenses.uploadReceipt: receipt", receipt);
        return request(Call.post("/expenses/{}/receipt", id)
                .rawBody(MultipartForm.filePart(RECEIPT_FIELD, receipt.fileName(), receipt.content()))
                .idempotent(true).discardingBody());
    }

    /**
     * {@code GET /expenses/{id}/receipt}: the receipt's bytes, as uploaded.
     *
     * @param expenseId the expense's id
     * @return the request; 404 ({@link io.harvest4j.core.NotFoundException}) when the expense has
     *     no receipt
     * @throws InvalidRequestException when the id is not positive
     */
    public HarvestRequest<byte[]> receipt(long expenseId) {
        return request(Call.get("/expenses/{}/receipt", id("receipt", expenseId)).readingBytes());
    }

    /**
     * {@code GET /expenses/{id}/receipt}: the receipt's bytes as a stream read as they arrive
     * (never held whole by the client), which the caller closes to release the connection.
     *
     * @param expenseId the expense's id
     * @return the download; its result is the stream
     * @throws InvalidRequestException when the id is not positive
     */
    public DownloadRequest<InputStream> receiptStream(long expenseId) {
        return DownloadRequest.toStream(client, ofUser(Call.get("/expenses/{}/receipt", id("receiptStream", expenseId))
                .discardingBody()));
    }

    /**
     * {@code GET /expenses/{id}/receipt}: saves the receipt to a file as it arrives (never held
     * whole by the client), replacing the file if it exists.
     *
     * @param expenseId the expense's id
     * @param target the file to write
     * @return the download; its result is the file written
     * @throws InvalidRequestException when the id is not positive or the target is {@code null}
     */
    public DownloadRequest<Path> downloadReceipt(long expenseId, Path target) {
        long id = id("downloadReceipt", expenseId);
        Checks.required("Expenses.downloadReceipt: target", target);
        return DownloadRequest.toFile(client, ofUser(Call.get("/expenses/{}/receipt", id).discardingBody()), target);
    }

    @Override
    public String toString() {
        return "Expenses{" + client + (ofUser == null ? "" : ", of_user=" + ofUser) + "}";
    }

    /** Makes the request, for the view's user. */
    private <T> HarvestRequest<T> request(Call<T> call) {
        return HarvestRequest.of(client, ofUser(call));
    }

    /** The one place {@code of_user} is applied. */
    private <T> Call<T> ofUser(Call<T> call) {
        return ofUser == null ? call : call.withQuery("of_user", QueryValues.id(ofUser));
    }

    private static long id(String method, long expenseId) {
        return Checks.positiveId("Expenses." + method + ": expenseId", expenseId);
    }
}
