package io.harvest4j.tests.simulator.internal;

import static io.harvest4j.tests.simulator.internal.ExtendedCalls.created;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.ok;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.pathId;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.query;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.requireAdmin;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.requiredClient;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.updatedSince;

import io.harvest4j.tests.simulator.Seed;
import io.harvest4j.tests.simulator.internal.WireShape.Type;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Invoices ({@code /invoices}), their messages ({@code /invoices/{id}/messages}) and payments
 * ({@code /invoices/{id}/payments}): administrators only (the company has the invoices module).
 *
 * <p>The state machine: a new invoice is a draft; {@code mark_as_sent} or sending a message opens
 * it; payments make it partial or paid (deleting them moves it back); {@code mark_as_closed}
 * writes an open or partly paid one off, {@code re_open} opens a closed one again,
 * {@code mark_as_draft} takes an open one without payments back to draft. Any other move is 400
 * with a Hint. A payment needs an open or partly paid invoice and may not be more than is due.
 */
final class InvoiceEndpoints {

    /** How many invoices a page of {@code GET /invoices} holds. */
    static final int PAGE_SIZE = 50;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ZoneId ACCOUNT_ZONE = ZoneId.of(Seed.ZONE_ID);
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);
    private static final Set<String> KINDS = Set.of("free_form", "project", "task", "people", "detailed");

    /** An invoice of a list, in the documented order: no line items. */
    static final WireShape INVOICE_ITEM = fields(new WireShape("invoice", "invoices"));

    /** A single invoice: the list's fields and its {@code csv_line_items}. */
    static final WireShape INVOICE = fields(new WireShape("invoice", "invoices")).field("csv_line_items", Type.STRING);

    /** A message; the list's root is the singular {@code invoice-message}, as documented. */
    static final WireShape MESSAGE = new WireShape("invoice_message", "invoice_message")
            .field("id", Type.INTEGER)
            .field("invoice_id", Type.INTEGER)
            .writable("body", Type.STRING)
            .writable("send_me_a_copy", Type.BOOLEAN)
            .field("sent_by", Type.STRING)
            .field("sent_by_email", Type.STRING)
            .field("full_recipient_list", Type.STRING)
            .field("created_at", Type.DATETIME)
            .field("updated_at", Type.DATETIME);

    /** A payment. */
    static final WireShape PAYMENT = new WireShape("payment", "payments")
            .field("id", Type.INTEGER)
            .field("invoice_id", Type.INTEGER)
            .field("amount", Type.DECIMAL)
            .writable("notes", Type.STRING)
            .field("paid_at", Type.DATETIME)
            .field("recorded_by", Type.STRING)
            .field("recorded_by_email", Type.STRING)
            .field("created_at", Type.DATETIME)
            .field("updated_at", Type.DATETIME);

    private final Account account;
    private final WireWriter writer;

    InvoiceEndpoints(Account account, WireWriter writer) {
        this.account = account;
        this.writer = writer;
    }

    private static WireShape fields(WireShape shape) {
        return shape.field("id", Type.INTEGER)
                .field("amount", Type.DECIMAL)
                .field("due_amount", Type.DECIMAL)
                .writable("due_at", Type.DATE)
                .writable("due_at_human_format", Type.STRING)
                .writable("period_end", Type.DATE)
                .writable("period_start", Type.DATE)
                .writable("client_id", Type.INTEGER)
                .writable("subject", Type.STRING)
                .writable("currency", Type.STRING)
                .writable("issued_at", Type.DATE)
                .field("created_by_id", Type.INTEGER)
                .writable("notes", Type.STRING)
                .writable("number", Type.STRING)
                .writable("purchase_order", Type.STRING)
                .field("client_key", Type.STRING)
                .field("state", Type.STRING)
                .writable("tax", Type.DECIMAL)
                .writable("tax2", Type.DECIMAL)
                .field("tax_amount", Type.DECIMAL)
                .field("tax2_amount", Type.DECIMAL)
                .field("discount_amount", Type.DECIMAL)
                .writable("discount", Type.DECIMAL)
                .field("recurring_invoice_id", Type.INTEGER)
                .field("estimate_id", Type.INTEGER)
                .field("retainer_id", Type.INTEGER)
                .field("created_at", Type.DATETIME)
                .field("updated_at", Type.DATETIME);
    }

    /** @param routes where to add the routes of invoices, messages and payments */
    void addRoutes(RouteTable<Endpoint> routes) {
        routes.add("GET /invoices", this::listInvoices)
                .add("GET /invoices/{id}", this::showInvoice)
                .add("POST /invoices", this::createInvoice)
                .add("PUT /invoices/{id}", this::updateInvoice)
                .add("DELETE /invoices/{id}", this::deleteInvoice)
                .add("GET /invoices/{id}/messages", this::listMessages)
                .add("GET /invoices/{id}/messages/{message}", this::showMessage)
                .add("POST /invoices/{id}/messages", this::sendMessage)
                .add("DELETE /invoices/{id}/messages/{message}", this::deleteMessage)
                .add("POST /invoices/{id}/messages/mark_as_sent", call -> move(call, "mark_as_sent"))
                .add("POST /invoices/{id}/messages/mark_as_closed", call -> move(call, "mark_as_closed"))
                .add("POST /invoices/{id}/messages/re_open", call -> move(call, "re_open"))
                .add("POST /invoices/{id}/messages/mark_as_draft", call -> move(call, "mark_as_draft"))
                .add("GET /invoices/{id}/payments", this::listPayments)
                .add("GET /invoices/{id}/payments/{payment}", this::showPayment)
                .add("POST /invoices/{id}/payments", this::createPayment)
                .add("DELETE /invoices/{id}/payments/{payment}", this::deletePayment);
    }

    // ---- invoices

    private Answer listInvoices(ApiCall call) {
        requireAdmin(call);
        LocalDate today = call.now.atZone(ACCOUNT_ZONE).toLocalDate();
        List<Predicate<Invoice>> filters = new ArrayList<>();
        String status = query(call, "status");
        if (status != null && !status.isBlank()) {
            filters.add(status(status.trim().toLowerCase(Locale.ROOT), today));
        }
        String client = query(call, "client");
        if (client != null && !client.isBlank()) {
            long clientId = number(client, "client");
            filters.add(invoice -> invoice.clientId() == clientId);
        }
        LocalDate from = day(query(call, "from"), "from");
        if (from != null) {
            filters.add(invoice -> !invoice.issuedAt().isBefore(from));
        }
        LocalDate to = day(query(call, "to"), "to");
        if (to != null) {
            filters.add(invoice -> !invoice.issuedAt().isAfter(to));
        }
        String pageText = query(call, "page");
        long page = pageText == null || pageText.isBlank() ? 1 : Math.max(1, number(pageText, "page"));
        List<Invoice> selected = updatedSince(call, account.invoices().all()).stream()
                .filter(invoice -> filters.stream().allMatch(filter -> filter.test(invoice)))
                .sorted(Comparator.comparing(Invoice::id).reversed()) // the most recently created first
                .collect(Collectors.toList());
        long skip = (page - 1) * PAGE_SIZE;
        List<Invoice> onPage = skip >= selected.size() ? List.of()
                : selected.subList((int) skip, (int) Math.min(selected.size(), skip + PAGE_SIZE));
        return Answer.of(200, call.format, INVOICE_ITEM.list(call.format, onPage, writer));
    }

    private static Predicate<Invoice> status(String status, LocalDate today) {
        switch (status) {
            case "open":
            case "partial":
            case "draft":
            case "paid":
                return invoice -> invoice.state().equals(status);
            case "unpaid":
                return InvoiceEndpoints::unpaid;
            case "pastdue":
                return invoice -> unpaid(invoice) && invoice.dueAt().isBefore(today);
            default:
                throw RequestRefused.badRequest("status must be open, partial, draft, paid, unpaid or pastdue, not '"
                        + status + "'");
        }
    }

    private static boolean unpaid(Invoice invoice) {
        return invoice.state().equals(Invoice.OPEN) || invoice.state().equals(Invoice.PARTIAL);
    }

    private Answer showInvoice(ApiCall call) {
        requireAdmin(call);
        Invoice invoice = invoice(call);
        invoice.set("csv_line_items", invoice.csvLineItems());
        return Answer.of(200, call.format, INVOICE.one(call.format, invoice, writer));
    }

    private Answer createInvoice(ApiCall call) {
        requireAdmin(call);
        RequestFields fields = new RequestFields(call.params, "invoice");
        long clientId = requiredClient(account, fields);
        LocalDate today = call.now.atZone(ACCOUNT_ZONE).toLocalDate();
        Invoice invoice = new Invoice(clientId, call.user.id(), today);
        invoice.set("currency", account.clients().get(clientId).currency());
        INVOICE.apply(invoice, fields, Set.of());
        requireTerms(invoice);
        String kind = fields.isBlank("kind") ? "free_form" : fields.get("kind").trim().toLowerCase(Locale.ROOT);
        if (!KINDS.contains(kind)) {
            throw RequestRefused.badRequest("kind must be free_form, project, task, people or detailed, not '" + kind + "'");
        }
        List<InvoiceLine> lines = InvoiceLine.parse(fields.get("csv_line_items"));
        List<Runnable> locks = new ArrayList<>();
        if (!kind.equals("free_form")) {
            lines = new ArrayList<>(lines == null ? List.of() : lines);
            lines.addAll(gather(kind, clientId, fields, invoice, call.now, locks));
        }
        if (invoice.number() == null || invoice.number().isBlank()) {
            invoice.set("number", nextNumber(account));
        }
        invoice.set("client_key", clientKey());
        invoice.setLines(lines == null ? List.of() : lines);
        invoice.recompute(BigDecimal.ZERO);
        account.invoices().insert(invoice);
        locks.forEach(Runnable::run);
        return created("/invoices/" + invoice.id());
    }

    private Answer updateInvoice(ApiCall call) {
        requireAdmin(call);
        Invoice invoice = invoice(call);
        RequestFields fields = new RequestFields(call.params, "invoice");
        if (fields.has("client_id")) {
            requiredClient(account, fields);
        }
        List<InvoiceLine> lines = fields.has("csv_line_items") ? InvoiceLine.parse(fields.get("csv_line_items")) : null;
        Map<String, Object> saved = invoice.values();
        INVOICE.apply(invoice, fields, Set.of());
        try {
            requireTerms(invoice);
            if (invoice.number() == null || invoice.number().isBlank()) {
                throw RequestRefused.badRequest("number can't be blank");
            }
        } catch (RequestRefused refused) {
            invoice.restore(saved);
            throw refused;
        }
        if (lines != null) {
            invoice.setLines(lines);
        }
        settle(invoice);
        return ok("/invoices/" + invoice.id());
    }

    private Answer deleteInvoice(ApiCall call) {
        requireAdmin(call);
        Invoice invoice = invoice(call);
        for (InvoiceMessage message : messagesOf(invoice)) {
            account.invoiceMessages().remove(message.id());
        }
        for (InvoicePayment payment : paymentsOf(invoice)) {
            account.invoicePayments().remove(payment.id());
        }
        account.invoices().remove(invoice.id());
        return Answer.empty(200);
    }

    private static void requireTerms(Invoice invoice) {
        String terms = (String) invoice.value("due_at_human_format");
        if (terms == null || terms.isBlank()) {
            invoice.set("due_at_human_format", "due upon receipt");
        } else {
            Invoice.termDays(terms);
        }
        if (invoice.issuedAt() == null) {
            throw RequestRefused.badRequest("issued-at can't be blank");
        }
    }

    /**
     * @param account the account
     * @return the number a new invoice gets when none is given: one more than the highest numeric one
     */
    static String nextNumber(Account account) {
        long highest = 0;
        for (Invoice invoice : account.invoices()) {
            String number = invoice.number();
            if (number != null && number.matches("[0-9]{1,15}")) {
                highest = Math.max(highest, Long.parseLong(number));
            }
        }
        return Long.toString(highest + 1);
    }

    /** @return a new invoice's {@code client_key}: 40 random hexadecimal digits */
    static String clientKey() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes) {
            hex.append(String.format("%02x", b & 0xff));
        }
        return hex.toString();
    }

    // ---- gathering hours and expenses

    /**
     * The lines of a generated invoice: the billable, not yet invoiced (nor running) hours of the projects in the
     * period (each at its hourly rate: the person's on a project billed by people, the task's on one
     * billed by tasks, else the project's), grouped by the kind; then, when asked, the billable, not
     * yet invoiced expenses in the expense period (or the period), a line each. What is gathered is
     * locked (invoiced) once the invoice exists.
     */
    private List<InvoiceLine> gather(String kind, long clientId, RequestFields fields, Invoice invoice, Instant now,
            List<Runnable> locks) {
        List<Project> projects = new ArrayList<>();
        String ids = fields.get("projects_to_invoice");
        if (ids == null || ids.isBlank()) {
            throw RequestRefused.badRequest("projects-to-invoice can't be blank for a " + kind + " invoice");
        }
        for (String id : ids.split(",")) {
            long projectId = number(id.trim(), "projects_to_invoice");
            Project project = account.projects().find(projectId)
                    .orElseThrow(() -> RequestRefused.badRequest("No project " + projectId));
            if (project.clientId() != clientId) {
                throw RequestRefused.badRequest("Project " + projectId + " is not a project of client " + clientId);
            }
            projects.add(project);
        }
        LocalDate start = (LocalDate) invoice.value("period_start");
        LocalDate end = (LocalDate) invoice.value("period_end");
        List<InvoiceLine> lines = new ArrayList<>();
        if (all(fields.get("import_hours"))) {
            Map<String, BigDecimal[]> groups = new LinkedHashMap<>();
            Map<String, Long> groupProject = new LinkedHashMap<>();
            for (Project project : projects) {
                for (DayEntry entry : account.dayEntries()) {
                    if (entry.projectId() != project.id() || entry.isLocked() || entry.isRunning()
                            || !within(entry.spentAt(), start, end)
                            || !billable(project, entry)) {
                        continue;
                    }
                    BigDecimal rate = rate(project, entry);
                    String label = label(kind, project, entry);
                    String key = label + "\u0000" + rate.toPlainString();
                    groups.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, rate});
                    groups.get(key)[0] = groups.get(key)[0].add(entry.hours(now));
                    groupProject.put(key, project.id());
                    locks.add(() -> entry.setLocked(true));
                }
            }
            groups.forEach((key, hoursAndRate) -> lines.add(new InvoiceLine("Service", key.substring(0, key.indexOf('\u0000')),
                    hoursAndRate[0].setScale(2, RoundingMode.HALF_UP), hoursAndRate[1],
                    hoursAndRate[0].setScale(2, RoundingMode.HALF_UP).multiply(hoursAndRate[1]), false, false,
                    groupProject.get(key))));
        }
        if (all(fields.get("import_expenses"))) {
            LocalDate expenseStart = (LocalDate) orElse(date(fields, "expense_period_start"), start);
            LocalDate expenseEnd = (LocalDate) orElse(date(fields, "expense_period_end"), end);
            for (Project project : projects) {
                for (Expense expense : account.expenses()) {
                    if (expense.projectId() != project.id() || expense.isClosed() || !expense.isBillable()
                            || !within(expense.spentAt(), expenseStart, expenseEnd)) {
                        continue;
                    }
                    String category = account.expenseCategories().find(expense.expenseCategoryId())
                            .map(ExpenseCategory::name).orElse("Expense");
                    String notes = expense.notes() == null || expense.notes().isBlank() ? "" : ": " + expense.notes();
                    lines.add(new InvoiceLine("Product", project.name() + ": " + category + notes, BigDecimal.ONE,
                            expense.totalCost(), expense.totalCost(), false, false, project.id()));
                    locks.add(() -> {
                        expense.set("is_closed", true);
                        account.expenses().touch(expense);
                    });
                }
            }
        }
        return lines;
    }

    private static Object orElse(Object value, Object fallback) {
        return value != null ? value : fallback;
    }

    private static LocalDate date(RequestFields fields, String name) {
        return fields.isBlank(name) ? null : day(fields.get(name), name);
    }

    private static boolean all(String importing) {
        return importing != null && (importing.trim().equalsIgnoreCase("all") || importing.trim().equalsIgnoreCase("yes"));
    }

    private static boolean within(LocalDate day, LocalDate start, LocalDate end) {
        return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
    }

    private boolean billable(Project project, DayEntry entry) {
        return project.isBillable() && account.taskAssignments().stream()
                .filter(a -> a.projectId() == project.id() && a.taskId() == entry.taskId())
                .findFirst().map(TaskAssignment::isBillable).orElse(true);
    }

    private BigDecimal rate(Project project, DayEntry entry) {
        BigDecimal rate = null;
        Object billBy = project.value("bill_by");
        if ("People".equals(billBy)) {
            rate = account.userAssignments().stream()
                    .filter(a -> a.projectId() == project.id() && a.userId() == entry.userId())
                    .findFirst().map(UserAssignment::hourlyRate).orElse(null);
        } else if ("Tasks".equals(billBy)) {
            rate = account.taskAssignments().stream()
                    .filter(a -> a.projectId() == project.id() && a.taskId() == entry.taskId())
                    .findFirst().map(TaskAssignment::hourlyRate).orElse(null);
        }
        if (rate == null) {
            rate = (BigDecimal) project.value("hourly_rate");
        }
        return rate == null ? BigDecimal.ZERO : rate;
    }

    private String label(String kind, Project project, DayEntry entry) {
        String task = account.tasks().find(entry.taskId()).map(Task::name).orElse("");
        switch (kind) {
            case "task":
                return project.name() + ": " + task;
            case "people":
                return account.users().find(entry.userId()).map(u -> project.name() + ": " + u.firstName() + " "
                        + u.lastName()).orElse(project.name());
            case "detailed":
                return project.name() + ": " + task + " (" + entry.spentAt() + ")"
                        + (entry.notes() == null || entry.notes().isBlank() ? "" : ": " + entry.notes());
            default:
                return project.name();
        }
    }

    // ---- messages and the state machine

    private Answer listMessages(ApiCall call) {
        requireAdmin(call);
        return Answer.of(200, call.format, MESSAGE.list(call.format, messagesOf(invoice(call)), writer));
    }

    private Answer showMessage(ApiCall call) {
        requireAdmin(call);
        return Answer.of(200, call.format, MESSAGE.one(call.format, message(call, invoice(call)), writer));
    }

    private Answer sendMessage(ApiCall call) {
        requireAdmin(call);
        Invoice invoice = invoice(call);
        RequestFields fields = new RequestFields(call.params, MESSAGE.root());
        String recipients = fields.get("recipients");
        if (recipients == null || recipients.isBlank()) {
            throw RequestRefused.badRequest("recipients can't be blank");
        }
        List<String> listed = new ArrayList<>();
        for (String address : recipients.split(",")) {
            String email = address.trim();
            if (!email.matches("[^@\\s]+@[^@\\s]+")) {
                throw RequestRefused.badRequest("recipients must be e-mail addresses separated by commas, not '" + email + "'");
            }
            listed.add(named(email));
        }
        InvoiceMessage message = new InvoiceMessage(invoice.id(), call.user);
        MESSAGE.apply(message, fields, Set.of());
        if (message.sendMeACopy()) {
            listed.add(call.user.firstName() + " " + call.user.lastName() + " <" + call.user.email() + ">");
        }
        message.set("full_recipient_list", String.join(",", listed));
        message.set("recipients", recipients);
        message.set("attach_pdf", WireShape.bool(fields.get("attach_pdf")));
        message.set("include_pay_pal_link", WireShape.bool(fields.get("include_pay_pal_link")));
        account.invoiceMessages().insert(message);
        if (invoice.state().equals(Invoice.DRAFT)) {
            invoice.setState(Invoice.OPEN);
            account.invoices().touch(invoice);
        }
        return created("/invoices/" + invoice.id() + "/messages/" + message.id());
    }

    private String named(String email) {
        String lower = email.toLowerCase(Locale.ROOT);
        for (Contact contact : account.contacts()) {
            if (contact.email() != null && contact.email().toLowerCase(Locale.ROOT).equals(lower)) {
                return contact.firstName() + " " + contact.lastName() + " <" + email + ">";
            }
        }
        return account.userByEmail(email).map(u -> u.firstName() + " " + u.lastName() + " <" + email + ">").orElse(email);
    }

    private Answer deleteMessage(ApiCall call) {
        requireAdmin(call);
        account.invoiceMessages().remove(message(call, invoice(call)).id());
        return Answer.empty(200);
    }

    private Answer move(ApiCall call, String move) {
        requireAdmin(call);
        Invoice invoice = invoice(call);
        String state = invoice.state();
        String next;
        switch (move) {
            case "mark_as_sent":
                next = state.equals(Invoice.DRAFT) ? Invoice.OPEN : null;
                break;
            case "mark_as_closed":
                next = state.equals(Invoice.OPEN) || state.equals(Invoice.PARTIAL) ? Invoice.CLOSED : null;
                break;
            case "re_open":
                next = state.equals(Invoice.CLOSED) ? Invoice.OPEN : null;
                break;
            default: // mark_as_draft
                next = state.equals(Invoice.OPEN) && paymentsOf(invoice).isEmpty() ? Invoice.DRAFT : null;
        }
        if (next == null) {
            throw RequestRefused.badRequest("Invoice " + invoice.id() + " is " + state + ": " + move + " "
                    + allowedFrom(move));
        }
        InvoiceMessage message = new InvoiceMessage(invoice.id(), call.user);
        MESSAGE.apply(message, new RequestFields(call.params, MESSAGE.root()), Set.of("send_me_a_copy"));
        account.invoiceMessages().insert(message);
        invoice.setState(next);
        if (next.equals(Invoice.OPEN)) {
            settle(invoice); // a reopened invoice with payments is partial (or paid) again
        } else {
            account.invoices().touch(invoice);
        }
        return Answer.empty(200);
    }

    private static String allowedFrom(String move) {
        switch (move) {
            case "mark_as_sent":
                return "needs a draft";
            case "mark_as_closed":
                return "needs an open or partly paid invoice";
            case "re_open":
                return "needs a closed (written-off) invoice";
            default:
                return "needs an open invoice without payments";
        }
    }

    // ---- payments

    private Answer listPayments(ApiCall call) {
        requireAdmin(call);
        return Answer.of(200, call.format, PAYMENT.list(call.format, paymentsOf(invoice(call)), writer));
    }

    private Answer showPayment(ApiCall call) {
        requireAdmin(call);
        return Answer.of(200, call.format, PAYMENT.one(call.format, payment(call, invoice(call)), writer));
    }

    private Answer createPayment(ApiCall call) {
        requireAdmin(call);
        Invoice invoice = invoice(call);
        RequestFields fields = new RequestFields(call.params, PAYMENT.root());
        if (fields.isBlank("paid_at")) {
            throw RequestRefused.badRequest("paid-at can't be blank");
        }
        Instant paidAt;
        try {
            paidAt = WireDates.parseUpdatedSince(fields.get("paid_at"));
        } catch (DateTimeException | NumberFormatException e) {
            throw RequestRefused.badRequest("paid-at is not a date-time: '" + fields.get("paid_at").trim()
                    + "' (use 2008-02-14T00:00:00Z or 2010-09-25 18:30:00 +0000)");
        }
        if (fields.isBlank("amount")) {
            throw RequestRefused.badRequest("amount can't be blank");
        }
        String amountText = fields.get("amount").trim();
        if (!amountText.matches("[+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)")) {
            throw RequestRefused.badRequest("amount must be a number, not '" + amountText + "'");
        }
        BigDecimal amount = new BigDecimal(amountText);
        if (amount.signum() <= 0) {
            throw RequestRefused.badRequest("amount must be more than 0");
        }
        if (!unpaid(invoice)) {
            throw RequestRefused.badRequest("Invoice " + invoice.id() + " is " + invoice.state()
                    + ": payments are recorded against an open or partly paid invoice");
        }
        if (amount.compareTo(invoice.dueAmount()) > 0) {
            throw RequestRefused.badRequest("Payment of " + amount.toPlainString() + " is more than the "
                    + invoice.dueAmount().toPlainString() + " due on invoice " + invoice.id());
        }
        InvoicePayment payment = new InvoicePayment(invoice.id(), amount, paidAt, call.user);
        PAYMENT.apply(payment, fields, Set.of());
        account.invoicePayments().insert(payment);
        settle(invoice);
        // as the documentation spells it: the singular /invoice/
        return created("/invoice/" + invoice.id() + "/payments/" + payment.id());
    }

    private Answer deletePayment(ApiCall call) {
        requireAdmin(call);
        Invoice invoice = invoice(call);
        account.invoicePayments().remove(payment(call, invoice).id());
        settle(invoice);
        return Answer.empty(200);
    }

    /** Recomputes the invoice's money and, unless it is a draft or closed, its state from the payments. */
    private void settle(Invoice invoice) {
        BigDecimal paid = BigDecimal.ZERO;
        for (InvoicePayment payment : paymentsOf(invoice)) {
            paid = paid.add(payment.amount());
        }
        invoice.recompute(paid);
        String state = invoice.state();
        if (!state.equals(Invoice.DRAFT) && !state.equals(Invoice.CLOSED)) {
            invoice.setState(paid.signum() == 0 ? Invoice.OPEN
                    : invoice.dueAmount().signum() <= 0 ? Invoice.PAID : Invoice.PARTIAL);
        }
        account.invoices().touch(invoice);
    }

    // ---- lookups

    private Invoice invoice(ApiCall call) {
        long id = pathId(call, "id", "invoice");
        return account.invoices().find(id).orElseThrow(() -> RequestRefused.notFound("No invoice " + id));
    }

    private InvoiceMessage message(ApiCall call, Invoice invoice) {
        long id = pathId(call, "message", "invoice message");
        return account.invoiceMessages().find(id).filter(m -> m.invoiceId() == invoice.id())
                .orElseThrow(() -> RequestRefused.notFound("No message " + id + " of invoice " + invoice.id()));
    }

    private InvoicePayment payment(ApiCall call, Invoice invoice) {
        long id = pathId(call, "payment", "payment");
        return account.invoicePayments().find(id).filter(p -> p.invoiceId() == invoice.id())
                .orElseThrow(() -> RequestRefused.notFound("No payment " + id + " of invoice " + invoice.id()));
    }

    private List<InvoiceMessage> messagesOf(Invoice invoice) {
        return account.invoiceMessages().stream().filter(m -> m.invoiceId() == invoice.id()).collect(Collectors.toList());
    }

    private List<InvoicePayment> paymentsOf(Invoice invoice) {
        return account.invoicePayments().stream().filter(p -> p.invoiceId() == invoice.id()).collect(Collectors.toList());
    }

    private static long number(String text, String name) {
        String value = text.trim();
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw RequestRefused.badRequest(name + " must be a number, not '" + value + "'");
        }
        return Long.parseLong(value);
    }

    /** {@code from}/{@code to}: {@code YYYYMMDD} as documented, or any date Rails' {@code Date.parse} read. */
    private static LocalDate day(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        try {
            return value.matches("[0-9]{8}") ? LocalDate.parse(value, YYYYMMDD) : WireDates.parseDate(value);
        } catch (DateTimeException e) {
            throw RequestRefused.badRequest(name + " is not a date: '" + value + "' (use YYYYMMDD)");
        }
    }
}
