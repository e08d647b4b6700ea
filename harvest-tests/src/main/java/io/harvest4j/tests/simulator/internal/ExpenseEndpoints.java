package io.harvest4j.tests.simulator.internal;

import static io.harvest4j.tests.simulator.internal.ExtendedCalls.created;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.ok;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.pathId;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.requireAdmin;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.required;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.requireUniqueName;

import io.harvest4j.tests.simulator.internal.WireShape.Type;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Expense tracking ({@code /expenses}) with receipts, and the invoice item categories
 * ({@code /invoice_item_categories}).
 *
 * <p>Expenses: any user works with their own, an administrator with another user's through
 * {@code of_user} (anyone else: 404; an expense of another user without {@code of_user} is 404,
 * even for an administrator). An expense is logged to an active project the user is assigned to,
 * in an active category, on a day; a unit-priced category takes {@code units} and the total is
 * units × unit price (rounded half up to cents, a {@code total_cost} sent is ignored), any other
 * takes {@code total_cost} ({@code units} ignored). A locked expense ({@code is_closed}) is changed,
 * deleted or given a receipt by administrators only, and not its project, category or day. The
 * receipt is posted as {@code multipart/form-data} with the file field {@code expense[receipt]}
 * and kept byte for byte with its content type; {@code has_receipt} and {@code receipt_url} say so.
 *
 * <p>Invoice item categories (administrators): names unique; the two defaults
 * ({@code use_as_service}, {@code use_as_expense}) may be renamed, not deleted.
 */
final class ExpenseEndpoints {

    /** An expense on the wire, in API.md's order. */
    static final WireShape EXPENSE = new WireShape("expense", "expenses")
            .field("id", Type.INTEGER)
            .writable("notes", Type.STRING)
            .writable("total_cost", Type.DECIMAL)
            .writable("units", Type.DECIMAL)
            .writable("project_id", Type.INTEGER)
            .writable("expense_category_id", Type.INTEGER)
            .writable("billable", Type.BOOLEAN)
            .writable("spent_at", Type.DATE)
            .field("has_receipt", Type.BOOLEAN)
            .field("receipt_url", Type.STRING)
            .field("user_id", Type.INTEGER)
            .field("is_closed", Type.BOOLEAN)
            .field("created_at", Type.DATETIME)
            .field("updated_at", Type.DATETIME);

    /** An invoice item category on the wire ({@code use_as_*} are the service's to say). */
    static final WireShape INVOICE_ITEM_CATEGORY = new WireShape("invoice_item_category", "invoice_item_categories")
            .field("id", Type.INTEGER)
            .writable("name", Type.STRING)
            .field("use_as_service", Type.BOOLEAN)
            .field("use_as_expense", Type.BOOLEAN)
            .field("created_at", Type.DATETIME)
            .field("updated_at", Type.DATETIME);

    /** The form field a receipt is posted as. */
    static final String RECEIPT_FIELD = "expense[receipt]";

    private static final Set<String> LOCKED_FIELDS = Set.of("project_id", "expense_category_id", "spent_at");

    private final Account account;
    private final WireWriter writer;
    private final Supplier<URI> baseUri;

    ExpenseEndpoints(Account account, WireWriter writer, Supplier<URI> baseUri) {
        this.account = account;
        this.writer = writer;
        this.baseUri = baseUri;
    }

    /** @param routes where to add the expenses', receipts' and invoice item categories' routes */
    void addRoutes(RouteTable<Endpoint> routes) {
        routes.add("POST /expenses", this::create)
                .add("GET /expenses/{id}", this::show)
                .add("PUT /expenses/{id}", this::update)
                .add("DELETE /expenses/{id}", this::delete)
                .add("GET /expenses/{day:[0-9]+}/{year:[0-9]+}", this::day)
                .add("POST /expenses/{id:[0-9]+}/receipt", this::uploadReceipt)
                .add("GET /expenses/{id:[0-9]+}/receipt", this::receipt)
                .add("GET /invoice_item_categories", this::listCategories)
                .add("POST /invoice_item_categories", this::createCategory)
                .add("PUT /invoice_item_categories/{id}", this::updateCategory)
                .add("DELETE /invoice_item_categories/{id}", this::deleteCategory);
    }

    // ---- expenses

    private Answer create(ApiCall call) {
        User owner = owner(call);
        RequestFields fields = new RequestFields(call.params, EXPENSE.root());
        for (String name : List.of("project_id", "expense_category_id", "spent_at")) {
            required(fields, name);
        }
        Expense expense = new Expense(owner.id(), 0, 0, null, null);
        EXPENSE.apply(expense, fields, Set.of());
        validate(owner, expense);
        account.addExpense(expense);
        return created("/expenses/" + expense.id());
    }

    private Answer show(ApiCall call) {
        return one(call, owned(call, owner(call)));
    }

    private Answer update(ApiCall call) {
        User owner = owner(call);
        Expense expense = owned(call, owner);
        requireChangeable(call.user, expense);
        RequestFields fields = new RequestFields(call.params, EXPENSE.root());
        Map<String, Object> saved = expense.values();
        long categoryBefore = expense.expenseCategoryId();
        try {
            EXPENSE.apply(expense, fields, Set.of());
            for (String name : LOCKED_FIELDS) {
                if (expense.value(name) == null) {
                    expense.set(name, saved.get(name)); // a blank value leaves the field as it is
                }
                if (expense.isClosed() && !Objects.equals(saved.get(name), expense.value(name))) {
                    throw RequestRefused.badRequest(name + " cannot be changed on a locked (approved or invoiced) expense");
                }
            }
            validate(owner, expense);
        } catch (RequestRefused refused) {
            expense.restore(saved);
            throw refused;
        }
        account.expenseMoved(categoryBefore, expense.expenseCategoryId());
        account.expenses().touch(expense);
        return ok("/expenses/" + expense.id());
    }

    private Answer delete(ApiCall call) {
        Expense expense = owned(call, owner(call));
        requireChangeable(call.user, expense);
        account.removeExpense(expense);
        return Answer.empty(200);
    }

    private Answer day(ApiCall call) {
        User owner = owner(call);
        LocalDate day = dayOf(call.variable("day"), call.variable("year"));
        List<Expense> expenses = new ArrayList<>();
        for (Expense expense : account.expenses()) {
            if (expense.userId() == owner.id() && expense.spentAt().equals(day)) {
                expenses.add(expense);
            }
        }
        return Answer.of(200, call.format, EXPENSE.list(call.format, expenses, writer));
    }

    private Answer uploadReceipt(ApiCall call) {
        Expense expense = owned(call, owner(call));
        requireChangeable(call.user, expense);
        MultipartBody.FilePart file = call.params.file(RECEIPT_FIELD);
        if (file == null) {
            String why = call.params.get("expense", "receipt") != null
                    ? RECEIPT_FIELD + " must be a file (a filename= in its Content-Disposition)"
                    : "Post the receipt as multipart/form-data with the file field " + RECEIPT_FIELD;
            throw RequestRefused.badRequest(why);
        }
        if (file.bytes.length == 0) {
            throw RequestRefused.badRequest("The receipt " + file.fileName + " is empty");
        }
        expense.attachReceipt(file.bytes, file.contentType, file.fileName);
        expense.set("receipt_url", baseUri.get().toString().replaceFirst("/+$", "") + "/expenses/" + expense.id()
                + "/receipt");
        account.expenses().touch(expense);
        return ok("/expenses/" + expense.id() + "/receipt");
    }

    private Answer receipt(ApiCall call) {
        Expense expense = owned(call, owner(call));
        if (!expense.hasReceipt()) {
            throw RequestRefused.notFound("Expense " + expense.id() + " has no receipt");
        }
        return Answer.bytes(200, expense.receiptContentType(), expense.receipt());
    }

    private Answer one(ApiCall call, Expense expense) {
        return Answer.of(200, call.format, EXPENSE.one(call.format, expense, writer));
    }

    // ---- expense rules

    /** The user a call works for: the caller, or {@code of_user}'s (administrators only; others get 404). */
    private User owner(ApiCall call) {
        String ofUser = ExtendedCalls.query(call, "of_user");
        if (ofUser == null || ofUser.isBlank()) {
            return call.user;
        }
        String text = ofUser.trim();
        if (text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw RequestRefused.notFound("No user " + ofUser);
        }
        long id = Long.parseLong(text);
        if (id == call.user.id()) {
            return call.user;
        }
        if (!call.user.isAdmin()) {
            throw RequestRefused.notFound("No user " + id + " (of_user is for administrators)");
        }
        return account.users().find(id).orElseThrow(() -> RequestRefused.notFound("No user " + id));
    }

    private Expense owned(ApiCall call, User owner) {
        long id = pathId(call, "id", "expense");
        return account.expenses().find(id).filter(e -> e.userId() == owner.id())
                .orElseThrow(() -> RequestRefused.notFound("No expense " + id + " of user " + owner.id()));
    }

    private static void requireChangeable(User actor, Expense expense) {
        if (expense.isClosed() && !actor.isAdmin()) {
            throw RequestRefused.badRequest("Expense " + expense.id()
                    + " is locked (approved or invoiced): only administrators may change or delete it");
        }
    }

    /** Checks the project, category and day, and computes the total of a unit-priced category. */
    private void validate(User owner, Expense expense) {
        long projectId = expense.projectId();
        Project project = account.projects().find(projectId)
                .orElseThrow(() -> RequestRefused.badRequest("No project " + projectId));
        if (!project.isActive()) {
            throw RequestRefused.badRequest("Project " + projectId + " is archived");
        }
        boolean assigned = account.userAssignments().stream().anyMatch(a -> a.userId() == owner.id()
                && a.projectId() == projectId && !a.isDeactivated());
        if (!assigned) {
            throw RequestRefused.badRequest("User " + owner.id() + " is not assigned to project " + projectId);
        }
        long categoryId = expense.expenseCategoryId();
        ExpenseCategory category = account.expenseCategories().find(categoryId)
                .orElseThrow(() -> RequestRefused.badRequest("No expense category " + categoryId));
        if (category.isDeactivated()) {
            throw RequestRefused.badRequest("Expense category " + categoryId + " is archived");
        }
        if (expense.spentAt() == null) {
            throw RequestRefused.badRequest("spent-at can't be blank");
        }
        BigDecimal price = category.unitPrice();
        if (price != null) {
            BigDecimal units = expense.units();
            if (units == null) {
                throw RequestRefused.badRequest("units can't be blank: expense category " + categoryId
                        + " is priced per unit (" + price.toPlainString() + " per " + category.unitName() + ")");
            }
            if (units.signum() < 0) {
                throw RequestRefused.badRequest("units must not be negative");
            }
            expense.set("total_cost", units.multiply(price).setScale(2, RoundingMode.HALF_UP));
        } else {
            expense.set("units", null);
            BigDecimal total = expense.totalCost();
            if (total == null) {
                throw RequestRefused.badRequest("total-cost can't be blank");
            }
            if (total.signum() < 0) {
                throw RequestRefused.badRequest("total-cost must not be negative");
            }
        }
    }

    private static LocalDate dayOf(String dayOfYear, String yearText) {
        if (dayOfYear.length() > 3 || yearText.length() > 4) {
            throw RequestRefused.notFound("No such day: " + dayOfYear + "/" + yearText);
        }
        int day = Integer.parseInt(dayOfYear);
        int year = Integer.parseInt(yearText);
        if (year < 1 || day < 1 || day > Year.of(year).length()) {
            throw RequestRefused.notFound("No such day: day " + dayOfYear + " of " + yearText);
        }
        return LocalDate.ofYearDay(year, day);
    }

    // ---- invoice item categories

    private Answer listCategories(ApiCall call) {
        requireAdmin(call);
        return Answer.of(200, call.format,
                INVOICE_ITEM_CATEGORY.list(call.format, account.invoiceItemCategories().all(), writer));
    }

    private Answer createCategory(ApiCall call) {
        requireAdmin(call);
        RequestFields fields = new RequestFields(call.params, INVOICE_ITEM_CATEGORY.root());
        String name = required(fields, "name");
        requireUniqueName(account.invoiceItemCategories(), InvoiceItemCategory::name, name, null, "invoice item category");
        InvoiceItemCategory category = account.invoiceItemCategories().insert(new InvoiceItemCategory(name, false, false));
        // as documented: the Location of a new item category names /invoice_categories
        return created("/invoice_categories/" + category.id());
    }

    private Answer updateCategory(ApiCall call) {
        requireAdmin(call);
        InvoiceItemCategory category = category(call);
        RequestFields fields = new RequestFields(call.params, INVOICE_ITEM_CATEGORY.root());
        if (fields.has("name")) {
            requireUniqueName(account.invoiceItemCategories(), InvoiceItemCategory::name, required(fields, "name"),
                    category, "invoice item category");
        }
        INVOICE_ITEM_CATEGORY.apply(category, fields, Set.of());
        account.invoiceItemCategories().touch(category);
        return ok("/invoice_item_categories/" + category.id());
    }

    private Answer deleteCategory(ApiCall call) {
        requireAdmin(call);
        InvoiceItemCategory category = category(call);
        if (category.isDefault()) {
            throw RequestRefused.badRequest("Invoice item category " + category.id() + " ('" + category.name()
                    + "') is a default category: it can be renamed, not deleted");
        }
        account.invoiceItemCategories().remove(category.id());
        return Answer.empty(200);
    }

    private InvoiceItemCategory category(ApiCall call) {
        long id = pathId(call, "id", "invoice item category");
        return account.invoiceItemCategories().find(id)
                .orElseThrow(() -> RequestRefused.notFound("No invoice item category " + id));
    }
}
