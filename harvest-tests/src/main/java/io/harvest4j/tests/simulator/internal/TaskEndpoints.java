package io.harvest4j.tests.simulator.internal;

import static io.harvest4j.tests.simulator.internal.ExtendedCalls.created;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.ok;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.pathId;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.requireAdmin;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.required;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.requireUniqueName;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.updatedSince;

import io.harvest4j.tests.simulator.internal.WireShape.Type;
import java.util.Set;

/**
 * The company's task list ({@code /tasks}) and expense categories ({@code /expense_categories}):
 * administrators only. Names are unique (ignoring case). A task with hours is archived instead of
 * deleted ({@code deactivated}, still 200) and comes back with {@code POST /tasks/{id}/activate};
 * a category an expense uses cannot be deleted.
 */
final class TaskEndpoints {

    /** A task on the wire ({@code deactivated} changes through delete and activate only). */
    static final WireShape TASK = new WireShape("task", "tasks")
            .field("id", Type.INTEGER)
            .writable("name", Type.STRING)
            .writable("billable_by_default", Type.BOOLEAN)
            .field("deactivated", Type.BOOLEAN)
            .writable("default_hourly_rate", Type.DECIMAL)
            .writable("is_default", Type.BOOLEAN)
            .field("created_at", Type.DATETIME)
            .field("updated_at", Type.DATETIME);

    /** An expense category on the wire. */
    static final WireShape EXPENSE_CATEGORY = new WireShape("expense_category", "expense_categories")
            .field("id", Type.INTEGER)
            .writable("name", Type.STRING)
            .writable("unit_name", Type.STRING)
            .writable("unit_price", Type.DECIMAL)
            .writable("deactivated", Type.BOOLEAN)
            .field("created_at", Type.DATETIME)
            .field("updated_at", Type.DATETIME);

    private final Account account;
    private final WireWriter writer;

    TaskEndpoints(Account account, WireWriter writer) {
        this.account = account;
        this.writer = writer;
    }

    /** @param routes where to add the tasks' and expense categories' routes */
    void addRoutes(RouteTable<Endpoint> routes) {
        routes.add("GET /tasks", this::listTasks)
                .add("GET /tasks/{id}", this::showTask)
                .add("POST /tasks", this::createTask)
                .add("PUT /tasks/{id}", this::updateTask)
                .add("DELETE /tasks/{id}", this::deleteTask)
                .add("POST /tasks/{id}/activate", this::activateTask)
                .add("GET /expense_categories", this::listCategories)
                .add("GET /expense_categories/{id}", this::showCategory)
                .add("POST /expense_categories", this::createCategory)
                .add("PUT /expense_categories/{id}", this::updateCategory)
                .add("DELETE /expense_categories/{id}", this::deleteCategory);
    }

    /**
     * A task made of a request's {@code <task>} fields, not yet inserted: a name no other task has,
     * billable by default unless it says otherwise.
     *
     * @param account the account
     * @param fields the request's fields
     * @return the task
     */
    static Task newTask(Account account, RequestFields fields) {
        String name = required(fields, "name");
        requireUniqueName(account.tasks(), Task::name, name, null, "task");
        Task task = new Task(name, true);
        TASK.apply(task, fields, Set.of());
        return task;
    }

    // ---- tasks

    private Answer listTasks(ApiCall call) {
        requireAdmin(call);
        return Answer.of(200, call.format, TASK.list(call.format, updatedSince(call, account.tasks().all()), writer));
    }

    private Answer showTask(ApiCall call) {
        requireAdmin(call);
        return Answer.of(200, call.format, TASK.one(call.format, task(call), writer));
    }

    private Answer createTask(ApiCall call) {
        requireAdmin(call);
        Task task = newTask(account, new RequestFields(call.params, TASK.root()));
        account.tasks().insert(task);
        return created("/tasks/" + task.id());
    }

    private Answer updateTask(ApiCall call) {
        requireAdmin(call);
        Task task = task(call);
        RequestFields fields = new RequestFields(call.params, TASK.root());
        if (fields.has("name")) {
            requireUniqueName(account.tasks(), Task::name, required(fields, "name"), task, "task");
        }
        TASK.apply(task, fields, Set.of());
        account.tasks().touch(task);
        return ok("/tasks/" + task.id());
    }

    private Answer deleteTask(ApiCall call) {
        requireAdmin(call);
        Task task = task(call);
        if (account.dayEntries().stream().anyMatch(e -> e.taskId() == task.id())) {
            task.set("deactivated", true);
            account.tasks().touch(task);
            return Answer.empty(200);
        }
        for (TaskAssignment assignment : account.taskAssignments().all()) {
            if (assignment.taskId() == task.id()) {
                account.taskAssignments().remove(assignment.id());
            }
        }
        account.tasks().remove(task.id());
        return Answer.empty(200);
    }

    private Answer activateTask(ApiCall call) {
        requireAdmin(call);
        Task task = task(call);
        task.set("deactivated", false);
        account.tasks().touch(task);
        return ok("/tasks/" + task.id());
    }

    private Task task(ApiCall call) {
        long id = pathId(call, "id", "task");
        return account.tasks().find(id).orElseThrow(() -> RequestRefused.notFound("No task " + id));
    }

    // ---- expense categories

    private Answer listCategories(ApiCall call) {
        requireAdmin(call);
        return Answer.of(200, call.format,
                EXPENSE_CATEGORY.list(call.format, updatedSince(call, account.expenseCategories().all()), writer));
    }

    private Answer showCategory(ApiCall call) {
        requireAdmin(call);
        return Answer.of(200, call.format, EXPENSE_CATEGORY.one(call.format, category(call), writer));
    }

    private Answer createCategory(ApiCall call) {
        requireAdmin(call);
        RequestFields fields = new RequestFields(call.params, EXPENSE_CATEGORY.root());
        String name = required(fields, "name");
        requireUniqueName(account.expenseCategories(), ExpenseCategory::name, name, null, "expense category");
        ExpenseCategory category = new ExpenseCategory(name, null, null);
        EXPENSE_CATEGORY.apply(category, fields, Set.of());
        account.expenseCategories().insert(category);
        return created("/expense_categories/" + category.id());
    }

    private Answer updateCategory(ApiCall call) {
        requireAdmin(call);
        ExpenseCategory category = category(call);
        RequestFields fields = new RequestFields(call.params, EXPENSE_CATEGORY.root());
        if (fields.has("name")) {
            requireUniqueName(account.expenseCategories(), ExpenseCategory::name, required(fields, "name"), category,
                    "expense category");
        }
        EXPENSE_CATEGORY.apply(category, fields, Set.of());
        account.expenseCategories().touch(category);
        return ok("/expense_categories/" + category.id());
    }

    private Answer deleteCategory(ApiCall call) {
        requireAdmin(call);
        ExpenseCategory category = category(call);
        if (category.isInUse()) {
            throw RequestRefused.badRequest("Expense category " + category.id()
                    + " is used by expenses: it cannot be deleted (archive it instead)");
        }
        account.expenseCategories().remove(category.id());
        return Answer.empty(200);
    }

    private ExpenseCategory category(ApiCall call) {
        long id = pathId(call, "id", "expense category");
        return account.expenseCategories().find(id)
                .orElseThrow(() -> RequestRefused.notFound("No expense category " + id));
    }
}
