package io.harvest4j.tests.simulator;

import io.harvest4j.tests.simulator.internal.Account;
import io.harvest4j.tests.simulator.internal.Entity;
import io.harvest4j.tests.simulator.internal.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A resource of the simulated account, named by the type of its {@link Snapshot}: the one key of
 * {@link SimulatorState#find(Resource, long)} and {@link SimulatorState#all(Resource)}, so that a
 * test reads any resource the same way and gets the right type without a cast.
 *
 * <pre>{@code
 * Optional<DayEntrySnapshot> entry = state.find(Resource.DAY_ENTRIES, id);
 * List<ProjectSnapshot> projects = state.all(Resource.PROJECTS);        // by id
 * }</pre>
 *
 * <p>Only the constants here exist: a resource the simulator does not hold cannot be asked for. A
 * new resource of the simulator gets its snapshot class and one constant. Immutable.
 *
 * @param <S> the type of its snapshots
 */
public final class Resource<S extends Snapshot> {

    /** The people ({@code /people}). */
    public static final Resource<UserSnapshot> USERS =
            new Resource<>("users", Account::users, (user, now) -> new UserSnapshot(user));

    /** The clients ({@code /clients}). */
    public static final Resource<ClientSnapshot> CLIENTS =
            new Resource<>("clients", Account::clients, (client, now) -> new ClientSnapshot(client));

    /** The projects ({@code /projects}). */
    public static final Resource<ProjectSnapshot> PROJECTS =
            new Resource<>("projects", Account::projects, (project, now) -> new ProjectSnapshot(project));

    /** The tasks ({@code /tasks}). */
    public static final Resource<TaskSnapshot> TASKS =
            new Resource<>("tasks", Account::tasks, (task, now) -> new TaskSnapshot(task));

    /** The tasks' assignments to projects ({@code /projects/{id}/task_assignments}). */
    public static final Resource<TaskAssignmentSnapshot> TASK_ASSIGNMENTS = new Resource<>("task assignments",
            Account::taskAssignments, (assignment, now) -> new TaskAssignmentSnapshot(assignment));

    /** The people's assignments to projects ({@code /projects/{id}/user_assignments}). */
    public static final Resource<UserAssignmentSnapshot> USER_ASSIGNMENTS = new Resource<>("user assignments",
            Account::userAssignments, (assignment, now) -> new UserAssignmentSnapshot(assignment));

    /** The clients' contacts ({@code /contacts}). */
    public static final Resource<ContactSnapshot> CONTACTS =
            new Resource<>("contacts", Account::contacts, (contact, now) -> new ContactSnapshot(contact));

    /** The expense categories ({@code /expense_categories}). */
    public static final Resource<ExpenseCategorySnapshot> EXPENSE_CATEGORIES = new Resource<>("expense categories",
            Account::expenseCategories, (category, now) -> new ExpenseCategorySnapshot(category));

    /** Every user's expenses ({@code /expenses}). */
    public static final Resource<ExpenseSnapshot> EXPENSES =
            new Resource<>("expenses", Account::expenses, (expense, now) -> new ExpenseSnapshot(expense));

    /** The invoices ({@code /invoices}). */
    public static final Resource<InvoiceSnapshot> INVOICES =
            new Resource<>("invoices", Account::invoices, (invoice, now) -> new InvoiceSnapshot(invoice));

    /** Every invoice's messages ({@code /invoices/{id}/messages}). */
    public static final Resource<InvoiceMessageSnapshot> INVOICE_MESSAGES = new Resource<>("invoice messages",
            Account::invoiceMessages, (message, now) -> new InvoiceMessageSnapshot(message));

    /** Every invoice's payments ({@code /invoices/{id}/payments}). */
    public static final Resource<InvoicePaymentSnapshot> INVOICE_PAYMENTS = new Resource<>("invoice payments",
            Account::invoicePayments, (payment, now) -> new InvoicePaymentSnapshot(payment));

    /** Every user's day entries ({@code /daily}); a running timer's hours are those at the time of reading. */
    public static final Resource<DayEntrySnapshot> DAY_ENTRIES =
            new Resource<>("day entries", Account::dayEntries, DayEntrySnapshot::new);

    private final String name;
    private final Binding<?, S> binding;

    private <E extends Entity> Resource(String name, Function<Account, Table<E>> table,
            BiFunction<E, Instant, S> snapshot) {
        this.name = name;
        this.binding = new Binding<>(table, snapshot);
    }

    /** Called with the account's lock held. */
    Optional<S> find(Account account, long id, Instant now) {
        return binding.find(account, id, now);
    }

    /** Called with the account's lock held. */
    List<S> all(Account account, Instant now) {
        return binding.all(account, now);
    }

    @Override
    public String toString() {
        return "Resource[" + name + "]";
    }

    /** The resource's table in an account, and how one of its entities becomes a snapshot. */
    private static final class Binding<E extends Entity, S> {
        private final Function<Account, Table<E>> table;
        private final BiFunction<E, Instant, S> snapshot;

        Binding(Function<Account, Table<E>> table, BiFunction<E, Instant, S> snapshot) {
            this.table = table;
            this.snapshot = snapshot;
        }

        Optional<S> find(Account account, long id, Instant now) {
            return table.apply(account).find(id).map(entity -> snapshot.apply(entity, now));
        }

        List<S> all(Account account, Instant now) {
            return table.apply(account).stream().map(entity -> snapshot.apply(entity, now)).collect(Collectors.toList());
        }
    }
}
