package io.harvest4j.tests.simulator;

import io.harvest4j.tests.simulator.internal.Account;
import io.harvest4j.tests.simulator.internal.DayEntry;
import io.harvest4j.tests.simulator.internal.Expense;
import io.harvest4j.tests.simulator.internal.Project;
import io.harvest4j.tests.simulator.internal.User;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The simulated account's state, for tests: read any resource as {@linkplain Snapshot snapshots}
 * ({@link #find(Resource, long)}, {@link #all(Resource)}), add people, projects, tasks,
 * assignments, entries and expenses, lock entries and expenses, switch the account to timestamp timers, issue access
 * tokens. Every method is atomic with respect to requests being served. Ids of what the seed holds
 * are in {@link Seed}.
 *
 * <pre>{@code
 * SimulatorState state = simulator.state();
 * DayEntrySnapshot entry = state.find(Resource.DAY_ENTRIES, id).orElseThrow();
 * List<ProjectSnapshot> projects = state.all(Resource.PROJECTS);
 * }</pre>
 */
public final class SimulatorState {

    /** How long an access token from {@link #issueToken(String)} lives, as the service's did: 18 hours. */
    public static final Duration TOKEN_LIFETIME = Duration.ofHours(18);

    private final Account account;
    private final Clock clock;

    SimulatorState(Account account, Clock clock) {
        this.account = account;
        this.clock = clock;
    }

    // ---- snapshots of any resource

    /**
     * @param resource what to read ({@link Resource#DAY_ENTRIES}, {@link Resource#PROJECTS}…)
     * @param id an id
     * @param <S> the resource's snapshot
     * @return a snapshot of that entity as it is now, if it exists
     */
    public <S extends Snapshot> Optional<S> find(Resource<S> resource, long id) {
        Objects.requireNonNull(resource, "resource");
        synchronized (account) {
            return resource.find(account, id, clock.instant());
        }
    }

    /**
     * @param resource what to read ({@link Resource#DAY_ENTRIES}, {@link Resource#PROJECTS}…)
     * @param <S> the resource's snapshot
     * @return snapshots of all its entities as they are now, by id
     */
    public <S extends Snapshot> List<S> all(Resource<S> resource) {
        Objects.requireNonNull(resource, "resource");
        synchronized (account) {
            return resource.all(account, clock.instant());
        }
    }

    // ---- day entries

    /**
     * The same as {@link #all(Resource) all}{@code (}{@link Resource#DAY_ENTRIES}{@code )}.
     *
     * @return every day entry of every user, by id
     */
    public List<DayEntrySnapshot> dayEntries() {
        return all(Resource.DAY_ENTRIES);
    }

    /**
     * The same as {@link #find(Resource, long) find}{@code (}{@link Resource#DAY_ENTRIES}{@code , id)}.
     *
     * @param id a day entry id
     * @return the entry, if it exists
     */
    public Optional<DayEntrySnapshot> dayEntry(long id) {
        return find(Resource.DAY_ENTRIES, id);
    }

    /**
     * @param userId a user
     * @return their running timer, if one runs
     */
    public Optional<DayEntrySnapshot> runningTimer(long userId) {
        synchronized (account) {
            Instant now = clock.instant();
            return account.runningTimer(userId).map(entry -> new DayEntrySnapshot(entry, now));
        }
    }

    /**
     * Adds a stopped day entry directly (no role or assignment check: for setting up a test).
     *
     * @param userId the owner
     * @param projectId the project
     * @param taskId the task
     * @param spentAt the day
     * @param hours the hours
     * @param notes the notes, may be null
     * @return the new entry's id
     */
    public long addDayEntry(long userId, long projectId, long taskId, LocalDate spentAt, BigDecimal hours, String notes) {
        synchronized (account) {
            return account.addDayEntry(userId, projectId, taskId, spentAt, notes, hours).id();
        }
    }

    /**
     * Marks a day entry approved/invoiced: only administrators may then change or delete it, and
     * nobody may change its project, task or day. A running timer is stopped first.
     *
     * @param id the entry
     */
    public void lockEntry(long id) {
        setLocked(id, true);
    }

    /**
     * Undoes {@link #lockEntry(long)}.
     *
     * @param id the entry
     */
    public void unlockEntry(long id) {
        setLocked(id, false);
    }

    private void setLocked(long id, boolean locked) {
        synchronized (account) {
            DayEntry entry = account.dayEntries().get(id);
            if (locked && entry.isRunning()) {
                entry.stopTimer(clock.instant());
                account.dayEntries().touch(entry);
            }
            entry.setLocked(locked);
        }
    }

    // ---- account settings

    /**
     * @param timestampTimers whether the account tracks time with start and end times (timestamp
     *     timers) rather than durations; who_am_i reports it as {@code timestamp-timers}
     */
    public void setTimestampTimers(boolean timestampTimers) {
        synchronized (account) {
            account.setTimestampTimers(timestampTimers);
        }
    }

    /** @return whether the account uses timestamp timers */
    public boolean timestampTimers() {
        synchronized (account) {
            return account.timestampTimers();
        }
    }

    // ---- people and projects

    /**
     * Adds a user, in the seed's time zone; an administrator gets every project-manager
     * permission, anyone else none (they become a project manager by {@link #assignUser managing} a project).
     *
     * @param email the e-mail address (the Basic user name)
     * @param password the password
     * @param firstName the first name
     * @param lastName the last name
     * @param admin whether an administrator
     * @return the new user's id
     */
    public long addUser(String email, String password, String firstName, String lastName, boolean admin) {
        synchronized (account) {
            return account.addUser(email, password, firstName, lastName, admin, admin, admin, admin).id();
        }
    }

    /**
     * @param name the client's name (billed in US dollars)
     * @return the new client's id
     */
    public long addClient(String name) {
        synchronized (account) {
            return account.addClient(name, "United States Dollar - USD", "$").id();
        }
    }

    /**
     * @param clientId the client
     * @param name the name
     * @param code the code (may be empty)
     * @param billable whether billable
     * @return the new (active) project's id
     */
    public long addProject(long clientId, String name, String code, boolean billable) {
        synchronized (account) {
            return account.addProject(clientId, name, code, billable).id();
        }
    }

    /**
     * @param projectId a project
     * @param active false to archive it (nobody may log to it then)
     */
    public void setProjectActive(long projectId, boolean active) {
        synchronized (account) {
            Project project = account.projects().get(projectId);
            project.setActive(active);
            account.projects().touch(project);
        }
    }

    /**
     * @param name the name
     * @param billableByDefault whether billable by default
     * @return the new task's id
     */
    public long addTask(String name, boolean billableByDefault) {
        synchronized (account) {
            return account.addTask(name, billableByDefault).id();
        }
    }

    /**
     * @param projectId the project
     * @param taskId the task
     * @param billable whether time on it is billable
     * @return the new task assignment's id
     */
    public long assignTask(long projectId, long taskId, boolean billable) {
        synchronized (account) {
            return account.assignTask(projectId, taskId, billable).id();
        }
    }

    /**
     * @param projectId the project
     * @param userId the user
     * @param projectManager whether the user manages the project
     * @return the new user assignment's id
     */
    public long assignUser(long projectId, long userId, boolean projectManager) {
        synchronized (account) {
            return account.assignUser(projectId, userId, projectManager).id();
        }
    }

    /**
     * Adds an expense directly (no role, assignment or category check: for setting up a test); its
     * category then counts as in use (it cannot be deleted).
     *
     * @param userId who spent it
     * @param projectId the project
     * @param expenseCategoryId the category
     * @param spentAt the day
     * @param totalCost what it cost
     * @return the new expense's id
     */
    public long addExpense(long userId, long projectId, long expenseCategoryId, LocalDate spentAt, BigDecimal totalCost) {
        return insertExpense(userId, projectId, expenseCategoryId, spentAt, totalCost, false, null);
    }

    /**
     * Marks an expense approved/invoiced ({@code is_closed}): only administrators may then change or
     * delete it, and nobody may change its project, category or day.
     *
     * @param id the expense
     */
    public void lockExpense(long id) {
        setExpenseLocked(id, true);
    }

    /**
     * Undoes {@link #lockExpense(long)}.
     *
     * @param id the expense
     */
    public void unlockExpense(long id) {
        setExpenseLocked(id, false);
    }

    private void setExpenseLocked(long id, boolean locked) {
        synchronized (account) {
            Expense expense = account.expenses().get(id);
            expense.setClosed(locked);
            account.expenses().touch(expense);
        }
    }

    // ---- reports

    /**
     * Logs an expense, as a user would through the expense tracking calls.
     *
     * @param userId who spent it
     * @param projectId the project it is logged to
     * @param expenseCategoryId its category
     * @param spentAt the day
     * @param totalCost what it cost
     * @param notes the notes, may be null
     * @return the new expense's id
     */
    public long logExpense(long userId, long projectId, long expenseCategoryId, LocalDate spentAt, BigDecimal totalCost,
            String notes) {
        return insertExpense(userId, projectId, expenseCategoryId, spentAt, totalCost, false, notes);
    }

    /**
     * Marks an expense approved ({@code is_closed}) and, or not, invoiced (what the reports'
     * {@code only_billed} keeps).
     *
     * @param expenseId the expense
     * @param closed whether approved
     * @param billed whether invoiced
     */
    public void setExpenseState(long expenseId, boolean closed, boolean billed) {
        synchronized (account) {
            io.harvest4j.tests.simulator.internal.Expense expense = account.expenses().get(expenseId);
            expense.set("is_closed", closed);
            expense.set("is_billed", billed);
            account.expenses().touch(expense);
        }
    }

    /**
     * Marks a time entry invoiced, or not (the reports' {@code is_billed}).
     *
     * @param entryId the entry
     * @param billed whether invoiced
     */
    public void setEntryBilled(long entryId, boolean billed) {
        synchronized (account) {
            DayEntry entry = account.dayEntries().get(entryId);
            entry.setBilled(billed);
            account.dayEntries().touch(entry);
        }
    }

    /**
     * Adds {@code count} time entries that only the reports list, made up as a report is written:
     * a million of them take no memory. Entry {@code i} is logged on {@code firstDay + (i % days)}
     * with 0.25 to 8 hours and the notes {@code "Generated entry i"}; none is billed or closed;
     * their ids follow one another, far above those of real entries; they were created and last
     * changed now. They go when the simulator is reset.
     *
     * @param userId who logged them
     * @param projectId the project
     * @param taskId the task
     * @param count how many
     * @param firstDay the first day
     * @param days over how many days they spread, from the first (at least 1)
     * @return the first entry's id
     */
    public long addGeneratedEntries(long userId, long projectId, long taskId, long count, LocalDate firstDay, int days) {
        synchronized (account) {
            account.users().get(userId);
            account.projects().get(projectId);
            account.tasks().get(taskId);
            return account.syntheticEntries().add(userId, projectId, taskId, count, firstDay, days, clock.instant()).firstId();
        }
    }

    // ---- the plan's limits

    /**
     * @param maxProjects the most active projects the plan allows (creating or activating one more
     *     is refused with 400 and a Hint), or null for no limit; kept across resets
     */
    public void setMaxProjects(Integer maxProjects) {
        requirePositive(maxProjects, "maxProjects");
        synchronized (account) {
            account.setMaxProjects(maxProjects);
        }
    }

    /**
     * @param maxPeople the most active people the plan allows (creating or activating one more is
     *     refused with 400 and a Hint), or null for no limit; kept across resets
     */
    public void setMaxPeople(Integer maxPeople) {
        requirePositive(maxPeople, "maxPeople");
        synchronized (account) {
            account.setMaxPeople(maxPeople);
        }
    }

    private static void requirePositive(Integer limit, String name) {
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + limit);
        }
    }

    // ---- invoices

    /**
     * Adds a draft invoice directly (for setting up a test: 120 invoices need no 120 calls), with
     * one line of the amount, due upon receipt, numbered as the service numbers it.
     *
     * @param clientId the client
     * @param issuedAt the issue day
     * @param amount the amount of its one line
     * @return the new invoice's id
     */
    public long addInvoice(long clientId, LocalDate issuedAt, BigDecimal amount) {
        synchronized (account) {
            return account.addInvoice(clientId, Seed.ADMIN_ID, issuedAt, amount).id();
        }
    }

    /**
     * Adds an expense directly, billable or not (no role or assignment check: for setting up a test,
     * such as an invoice that gathers a project's expenses).
     *
     * @param userId who spent it
     * @param projectId the project
     * @param expenseCategoryId the category
     * @param spentAt the day
     * @param totalCost what it cost
     * @param billable whether it may be billed
     * @param notes the notes, may be null
     * @return the new expense's id
     */
    public long addInvoiceableExpense(long userId, long projectId, long expenseCategoryId, LocalDate spentAt,
            BigDecimal totalCost, boolean billable, String notes) {
        return insertExpense(userId, projectId, expenseCategoryId, spentAt, totalCost, billable, notes);
    }

    /** The one way this class adds an expense: its user, project and category must exist. */
    private long insertExpense(long userId, long projectId, long expenseCategoryId, LocalDate spentAt,
            BigDecimal totalCost, boolean billable, String notes) {
        synchronized (account) {
            account.users().get(userId);
            account.projects().get(projectId);
            Expense expense = new Expense(userId, projectId, expenseCategoryId, spentAt, totalCost);
            expense.set("billable", billable);
            expense.set("notes", notes);
            return account.addExpense(expense).id();
        }
    }

    // ---- tokens

    /**
     * Issues an OAuth access token acting for a user, valid for {@link #TOKEN_LIFETIME} by the
     * simulator clock; send it as {@code Authorization: Bearer …} or {@code ?access_token=…}.
     *
     * @param email the user's e-mail address
     * @return the token
     */
    public String issueToken(String email) {
        return issueToken(email, TOKEN_LIFETIME);
    }

    /**
     * @param email the user's e-mail address
     * @param lifetime how long the token works (by the simulator clock)
     * @return the token
     */
    public String issueToken(String email, Duration lifetime) {
        Objects.requireNonNull(lifetime, "lifetime");
        synchronized (account) {
            User user = account.userByEmail(email).orElseThrow(() -> new IllegalArgumentException("no user " + email));
            return account.issueToken(user.id(), clock.instant().plus(lifetime)).value();
        }
    }

    /** @param token a token that must no longer work */
    public void revokeToken(String token) {
        synchronized (account) {
            account.revokeToken(token);
        }
    }
}
