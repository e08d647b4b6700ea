package io.harvest4j.tests.simulator.internal;

import io.harvest4j.tests.simulator.Seed;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one simulated account (subdomain {@code demo}): company settings, a {@link Table} for each
 * resource — people, clients, projects, tasks, task and user assignments, day entries, expense
 * categories and expenses — and
 * access tokens. What a resource must respect (what must exist first, what is unique, who may log
 * time where) is here; ids, time stamps, lookups and {@code updated_since} are the tables'.
 *
 * <p>Not thread-safe by itself: every caller holds this object's monitor
 * ({@code synchronized (account)}) for the whole of a request or a test helper call, so a request
 * sees and leaves a consistent state.
 */
public final class Account {

    private static final ZoneId SEED_ZONE = ZoneId.of(Seed.ZONE_ID);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Table<User> users;
    private final Table<Client> clients;
    private final Table<Project> projects;
    private final Table<Task> tasks;
    private final Table<TaskAssignment> taskAssignments;
    private final Table<UserAssignment> userAssignments;
    private final Table<DayEntry> dayEntries;
    private final Table<Contact> contacts;
    private final Table<ExpenseCategory> expenseCategories;
    private final Table<Expense> expenses;
    private final Table<Invoice> invoices;
    private final Table<InvoiceMessage> invoiceMessages;
    private final Table<InvoicePayment> invoicePayments;
    private final List<Table<?>> tables;
    private final Seed.Kind seed;
    private final Map<String, AccessToken> tokens = new LinkedHashMap<>();
    private final OAuthGrants oauth = new OAuthGrants();
    private boolean timestampTimers;
    private Integer maxProjects;
    private Integer maxPeople;
    private final SyntheticEntries syntheticEntries = new SyntheticEntries();

    /**
     * A fresh account holding a {@link Seed}.
     *
     * @param clock the simulator's clock, for every time stamp
     * @param seed what it holds at first and after each {@link #resetToSeed()}
     */
    public Account(Clock clock, Seed.Kind seed) {
        this.seed = Objects.requireNonNull(seed, "seed");
        users = new Table<>("user", Seed.ADMIN_ID, clock);
        clients = new Table<>("client", Seed.ACME_ID, clock);
        projects = new Table<>("project", Seed.WEBSITE_ID, clock);
        tasks = new Table<>("task", Seed.DESIGN_ID, clock);
        taskAssignments = new Table<>("task assignment", Seed.WEBSITE_DESIGN_ASSIGNMENT_ID, clock);
        userAssignments = new Table<>("user assignment", Seed.FIRST_USER_ASSIGNMENT_ID, clock);
        dayEntries = new Table<>("day entry", Seed.FIRST_DAY_ENTRY_ID, clock);
        contacts = new Table<>("contact", Seed.FIRST_CONTACT_ID, clock);
        expenseCategories = new Table<>("expense category", Seed.FIRST_EXPENSE_CATEGORY_ID, clock);
        expenses = new Table<>("expense", Seed.FIRST_EXPENSE_ID, clock);
        invoices = new Table<>("invoice", Seed.FIRST_INVOICE_ID, clock);
        invoiceMessages = new Table<>("invoice message", Seed.FIRST_INVOICE_MESSAGE_ID, clock);
        invoicePayments = new Table<>("invoice payment", Seed.FIRST_INVOICE_PAYMENT_ID, clock);
        tables = List.of(users, clients, projects, tasks, taskAssignments, userAssignments, dayEntries, contacts,
                expenseCategories, expenses, invoices, invoiceMessages, invoicePayments);
        resetToSeed();
    }

    /** Forgets everything and loads its {@link Seed} again. */
    public void resetToSeed() {
        for (Table<?> table : tables) {
            table.reset();
        }
        tokens.clear();
        oauth.clear();
        syntheticEntries.clear();
        timestampTimers = false;

        addUser(Seed.ADMIN_EMAIL, Seed.ADMIN_PASSWORD, "Ada", "Admin", true, true, true, true);
        if (seed == Seed.Kind.DEMO) {
            plantDemo();
        }
    }

    /** The rest of {@link Seed.Kind#DEMO}: the other two users, the clients, projects, tasks and assignments. */
    private void plantDemo() {
        addUser(Seed.PM_EMAIL, Seed.PM_PASSWORD, "Paul", "Manager", false, false, true, false);
        addUser(Seed.USER_EMAIL, Seed.USER_PASSWORD, "Uma", "User", false, false, false, false);

        addClient("Acme & Sons", "United States Dollar - USD", "$");
        addClient("Globex Soci\u00e9t\u00e9", "Euro - EUR", "\u20ac");

        addProject(Seed.ACME_ID, "Website Redesign", "WEB", true);
        addProject(Seed.ACME_ID, "Mobile App", "MOB", true);
        addProject(Seed.GLOBEX_ID, "Internal", "", false);
        addProject(Seed.GLOBEX_ID, "Secret Research", "R&D", true);
        addProject(Seed.ACME_ID, "Legacy Portal", "LEG", true);
        projects.get(Seed.LEGACY_ID).setActive(false);

        addTask("Design", true);
        addTask("Development", true);
        addTask("Project Management", true);
        addTask("Meetings", false);
        addTask("Research", true);

        assignTask(Seed.WEBSITE_ID, Seed.DESIGN_ID, true);
        assignTask(Seed.WEBSITE_ID, Seed.DEVELOPMENT_ID, true);
        assignTask(Seed.WEBSITE_ID, Seed.PROJECT_MANAGEMENT_ID, true);
        assignTask(Seed.MOBILE_ID, Seed.DEVELOPMENT_ID, true);
        assignTask(Seed.MOBILE_ID, Seed.MEETINGS_ID, false);
        assignTask(Seed.INTERNAL_ID, Seed.MEETINGS_ID, false);
        assignTask(Seed.INTERNAL_ID, Seed.PROJECT_MANAGEMENT_ID, false);
        assignTask(Seed.RESEARCH_ID, Seed.RESEARCH_TASK_ID, true);
        assignTask(Seed.RESEARCH_ID, Seed.MEETINGS_ID, false);
        assignTask(Seed.LEGACY_ID, Seed.DEVELOPMENT_ID, true);

        assignUser(Seed.WEBSITE_ID, Seed.ADMIN_ID, false);
        assignUser(Seed.MOBILE_ID, Seed.ADMIN_ID, false);
        assignUser(Seed.INTERNAL_ID, Seed.ADMIN_ID, false);
        assignUser(Seed.RESEARCH_ID, Seed.ADMIN_ID, false);
        assignUser(Seed.WEBSITE_ID, Seed.PM_ID, true);
        assignUser(Seed.MOBILE_ID, Seed.PM_ID, true);
        assignUser(Seed.INTERNAL_ID, Seed.PM_ID, false);
        assignUser(Seed.WEBSITE_ID, Seed.USER_ID, false);
        assignUser(Seed.MOBILE_ID, Seed.USER_ID, false);
        assignUser(Seed.INTERNAL_ID, Seed.USER_ID, false);
        assignUser(Seed.LEGACY_ID, Seed.USER_ID, false);
        plantExtended();
    }

    /**
     * What the Extended API's calls work on beyond the time tracking seed, added after it so that
     * no id above changes and nobody may log to anything new: a contractor with access to every
     * future project, an archived client and one without projects, default tasks and an archived
     * one, contacts, expense categories.
     */
    private void plantExtended() {
        User contractor = addUser(Seed.CONTRACTOR_EMAIL, Seed.CONTRACTOR_PASSWORD, "Carl", "Contractor", false,
                false, false, false);
        contractor.set("is_contractor", true);
        contractor.set("has_access_to_all_future_projects", true);
        contractor.set("default_hourly_rate", new BigDecimal("90.0"));
        users.get(Seed.PM_ID).set("default_hourly_rate", new BigDecimal("100.0"));
        users.get(Seed.PM_ID).set("department", "Delivery");

        Client acme = clients.get(Seed.ACME_ID);
        acme.set("details", "1 Road Runner Way\nDesert City, AZ 85001");
        acme.set("highrise_id", 110011L);
        Client initech = addClient("Initech", "United States Dollar - USD", "$");
        initech.setActive(false);
        addClient("Umbrella Corp", "British Pound - GBP", "\u00a3");

        Project website = projects.get(Seed.WEBSITE_ID);
        website.set("bill_by", "Tasks");
        website.set("budget_by", "project");
        website.set("budget", new BigDecimal("120.0"));
        website.set("hourly_rate", new BigDecimal("150.0"));
        website.set("starts_on", LocalDate.of(2017, 1, 2));
        website.set("notes", "Relaunch before spring");

        tasks.get(Seed.PROJECT_MANAGEMENT_ID).set("is_default", true);
        tasks.get(Seed.MEETINGS_ID).set("is_default", true);
        tasks.get(Seed.DESIGN_ID).set("default_hourly_rate", new BigDecimal("120.0"));
        addTask("Administration", false).set("deactivated", true);

        Contact jane = contacts.insert(new Contact(Seed.ACME_ID, "Jane", "Doe", "jane@acme.example"));
        jane.set("title", "President");
        jane.set("phone_office", "555.555.5555");
        contacts.insert(new Contact(Seed.ACME_ID, "John", "Roe", "john@acme.example"));
        contacts.insert(new Contact(Seed.GLOBEX_ID, "Marie", "Dupont", "marie@globex.example"));

        expenseCategories.insert(new ExpenseCategory("Mileage", "Miles", new BigDecimal("0.485")));
        expenseCategories.insert(new ExpenseCategory("Meals", null, null));
        expenseCategories.insert(new ExpenseCategory("Lodging", null, null)).set("deactivated", true);
    }

    // ---- the tables

    /** @return the people */
    public Table<User> users() {
        return users;
    }

    /** @return the clients */
    public Table<Client> clients() {
        return clients;
    }

    /** @return the projects */
    public Table<Project> projects() {
        return projects;
    }

    /** @return the tasks */
    public Table<Task> tasks() {
        return tasks;
    }

    /** @return the tasks' assignments to projects */
    public Table<TaskAssignment> taskAssignments() {
        return taskAssignments;
    }

    /** @return the people's assignments to projects */
    public Table<UserAssignment> userAssignments() {
        return userAssignments;
    }

    /** @return every user's day entries */
    public Table<DayEntry> dayEntries() {
        return dayEntries;
    }

    /** @return the clients' contacts */
    public Table<Contact> contacts() {
        return contacts;
    }

    /** @return the expense categories */
    public Table<ExpenseCategory> expenseCategories() {
        return expenseCategories;
    }

    /** @return every user's expenses */
    public Table<Expense> expenses() {
        return expenses;
    }

    /** @return the generated entries the reports list beside the real ones (for tests and benchmarks) */
    public SyntheticEntries syntheticEntries() {
        return syntheticEntries;
    }

    /** @return the invoices */
    public Table<Invoice> invoices() {
        return invoices;
    }

    /** @return every invoice's messages */
    public Table<InvoiceMessage> invoiceMessages() {
        return invoiceMessages;
    }

    /** @return every invoice's payments */
    public Table<InvoicePayment> invoicePayments() {
        return invoicePayments;
    }

    // ---- the plan's limits (configuration: kept across resets)

    /** @return the most active projects the plan allows, or null for no limit */
    public Integer maxProjects() {
        return maxProjects;
    }

    /** @param maxProjects the most active projects the plan allows, or null for no limit */
    public void setMaxProjects(Integer maxProjects) {
        this.maxProjects = maxProjects;
    }

    /** @return the most active people the plan allows, or null for no limit */
    public Integer maxPeople() {
        return maxPeople;
    }

    /** @param maxPeople the most active people the plan allows, or null for no limit */
    public void setMaxPeople(Integer maxPeople) {
        this.maxPeople = maxPeople;
    }

    // ---- company

    /** @return whether the account tracks time with timestamps (start/end) rather than durations */
    public boolean timestampTimers() {
        return timestampTimers;
    }

    /** @param timestampTimers whether the account tracks time with timestamps */
    public void setTimestampTimers(boolean timestampTimers) {
        this.timestampTimers = timestampTimers;
    }

    // ---- people

    /**
     * @param email e-mail address
     * @param password password
     * @param firstName first name
     * @param lastName last name
     * @param admin administrator?
     * @param canSeeRates permission
     * @param canCreateProjects permission
     * @param canCreateInvoices permission
     * @return the new user
     */
    public User addUser(String email, String password, String firstName, String lastName, boolean admin,
            boolean canSeeRates, boolean canCreateProjects, boolean canCreateInvoices) {
        if (userByEmail(email).isPresent()) {
            throw new IllegalArgumentException("a user already has the e-mail address " + email);
        }
        return users.insert(new User(email, password, firstName, lastName, admin, Seed.TIMEZONE, SEED_ZONE,
                canSeeRates, canCreateProjects, canCreateInvoices));
    }

    /**
     * @param email an e-mail address (case ignored)
     * @return the user
     */
    public Optional<User> userByEmail(String email) {
        String wanted = email.toLowerCase(Locale.ROOT);
        return users.stream().filter(u -> u.email().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /**
     * @param userId a user
     * @param projectId a project
     * @return whether they manage it (an active assignment as its project manager)
     */
    public boolean manages(long userId, long projectId) {
        return userAssignments.stream().anyMatch(a -> a.userId() == userId && a.projectId() == projectId
                && a.isProjectManager() && !a.isDeactivated());
    }

    /**
     * @param userId a user
     * @return whether they manage at least one project (administrators count as managers)
     */
    public boolean isProjectManager(long userId) {
        if (users.find(userId).map(User::isAdmin).orElse(false)) {
            return true;
        }
        return userAssignments.stream()
                .anyMatch(a -> a.userId() == userId && a.isProjectManager() && !a.isDeactivated());
    }

    // ---- clients, projects, tasks

    /**
     * @param name name
     * @param currency currency ({@code United States Dollar - USD})
     * @param currencySymbol symbol
     * @return the new client
     */
    public Client addClient(String name, String currency, String currencySymbol) {
        return clients.insert(new Client(name, currency, currencySymbol));
    }

    /**
     * @param clientId the client
     * @param name name
     * @param code code
     * @param billable billable?
     * @return the new (active) project
     * @throws IllegalArgumentException when there is no such client
     */
    public Project addProject(long clientId, String name, String code, boolean billable) {
        clients.get(clientId);
        return projects.insert(new Project(clientId, name, code, billable, true));
    }

    /**
     * @param name name
     * @param billableByDefault billable by default?
     * @return the new task
     */
    public Task addTask(String name, boolean billableByDefault) {
        return tasks.insert(new Task(name, billableByDefault));
    }

    /**
     * @param projectId project
     * @param taskId task
     * @param billable billable?
     * @return the new assignment
     * @throws IllegalArgumentException when there is no such project or task
     */
    public TaskAssignment assignTask(long projectId, long taskId, boolean billable) {
        projects.get(projectId);
        tasks.get(taskId);
        return taskAssignments.insert(new TaskAssignment(projectId, taskId, billable, false));
    }

    /**
     * @param projectId project
     * @param userId user
     * @param projectManager does the user manage the project?
     * @return the new assignment
     * @throws IllegalArgumentException when there is no such project or user
     */
    public UserAssignment assignUser(long projectId, long userId, boolean projectManager) {
        projects.get(projectId);
        users.get(userId);
        return userAssignments.insert(new UserAssignment(projectId, userId, projectManager, false));
    }

    /**
     * What follows the creation of a project through the API: its creator is assigned to it as
     * its manager (so they may log time to it at once), so is every active person with access to
     * all future projects, at their default hourly rate; every active task marked
     * {@code is_default} is assigned to it, billable when the task is billable by default.
     *
     * @param project a project just inserted
     * @param creator who created it
     */
    public void projectCreated(Project project, User creator) {
        assignUser(project.id(), creator.id(), true).set("hourly_rate", creator.defaultHourlyRate());
        for (User user : users) {
            if (user != creator && user.isActive() && user.hasAccessToAllFutureProjects()) {
                assignUser(project.id(), user.id(), false).set("hourly_rate", user.defaultHourlyRate());
            }
        }
        for (Task task : tasks) {
            if (task.isDefault() && !task.isDeactivated()) {
                assignTaskFromDefaults(project, task);
            }
        }
    }

    /**
     * @param project a project
     * @param task a task not yet assigned to it
     * @return the new assignment, billable when the task is billable by default, at the task's
     *     default hourly rate
     */
    public TaskAssignment assignTaskFromDefaults(Project project, Task task) {
        TaskAssignment assignment = assignTask(project.id(), task.id(), task.isBillableByDefault());
        assignment.set("hourly_rate", task.defaultHourlyRate());
        return assignment;
    }

    /**
     * Deletes a project and its task and user assignments (the caller checked it has no hours).
     *
     * @param projectId the project
     */
    public void deleteProject(long projectId) {
        for (TaskAssignment assignment : taskAssignments.all()) {
            if (assignment.projectId() == projectId) {
                taskAssignments.remove(assignment.id());
            }
        }
        for (UserAssignment assignment : userAssignments.all()) {
            if (assignment.projectId() == projectId) {
                userAssignments.remove(assignment.id());
            }
        }
        projects.remove(projectId);
    }

    /**
     * The projects a user may log time to (active project, active user assignment, at least one
     * active task assignment), by client name then project name.
     *
     * @param userId the user
     * @return the projects
     */
    public List<Project> loggableProjects(long userId) {
        List<Project> result = new ArrayList<>();
        for (UserAssignment assignment : userAssignments) {
            Project project = projects.get(assignment.projectId());
            if (assignment.userId() == userId && !assignment.isDeactivated() && project.isActive()
                    && !loggableTasks(project.id()).isEmpty() && !result.contains(project)) {
                result.add(project);
            }
        }
        result.sort(Comparator.comparing((Project p) -> clients.get(p.clientId()).name()).thenComparing(Project::name));
        return result;
    }

    /**
     * @param projectId a project
     * @return its active task assignments of active tasks, by task name
     */
    public List<TaskAssignment> loggableTasks(long projectId) {
        List<TaskAssignment> result = new ArrayList<>();
        for (TaskAssignment assignment : taskAssignments) {
            if (assignment.projectId() == projectId && !assignment.isDeactivated()
                    && !tasks.get(assignment.taskId()).isDeactivated()) {
                result.add(assignment);
            }
        }
        result.sort(Comparator.comparing((TaskAssignment a) -> tasks.get(a.taskId()).name()));
        return result;
    }

    /**
     * @param userId a user
     * @param projectId a project
     * @param taskId a task
     * @return whether the user may log time to that task of that project
     */
    public boolean canLog(long userId, long projectId, long taskId) {
        return loggableProjects(userId).stream().anyMatch(p -> p.id() == projectId)
                && loggableTasks(projectId).stream().anyMatch(a -> a.taskId() == taskId);
    }

    // ---- day entries

    /**
     * @param userId owner
     * @param projectId project
     * @param taskId task
     * @param spentAt day
     * @param notes notes, may be null
     * @param hours hours
     * @return the new (stopped) entry
     * @throws IllegalArgumentException when there is no such user, project or task
     */
    public DayEntry addDayEntry(long userId, long projectId, long taskId, LocalDate spentAt, String notes,
            BigDecimal hours) {
        users.get(userId);
        projects.get(projectId);
        tasks.get(taskId);
        return dayEntries.insert(new DayEntry(userId, projectId, taskId, spentAt, notes, hours));
    }

    /**
     * @param userId a user
     * @param day a day
     * @return their entries of that day, by id
     */
    public List<DayEntry> dayEntries(long userId, LocalDate day) {
        List<DayEntry> result = new ArrayList<>();
        for (DayEntry entry : dayEntries) {
            if (entry.userId() == userId && entry.spentAt().equals(day)) {
                result.add(entry);
            }
        }
        return result;
    }

    /**
     * @param userId a user
     * @return their running timer, if any (at most one runs)
     */
    public Optional<DayEntry> runningTimer(long userId) {
        return dayEntries.stream().filter(e -> e.userId() == userId && e.isRunning()).findFirst();
    }

    // ---- invoices

    /**
     * @param clientId the client
     * @param createdById who creates it
     * @param issuedAt the issue day
     * @param amount the amount of its one line ({@code Service}, quantity 1), due upon receipt
     * @return the new draft, numbered
     * @throws IllegalArgumentException when there is no such client
     */
    public Invoice addInvoice(long clientId, long createdById, LocalDate issuedAt, BigDecimal amount) {
        Invoice invoice = new Invoice(clientId, createdById, issuedAt);
        invoice.set("currency", clients.get(clientId).currency());
        invoice.set("number", InvoiceEndpoints.nextNumber(this));
        invoice.set("client_key", InvoiceEndpoints.clientKey());
        invoice.setLines(List.of(new InvoiceLine("Service", "Work", BigDecimal.ONE, amount, amount, false, false, null)));
        invoice.recompute(BigDecimal.ZERO);
        return invoices.insert(invoice);
    }

    // ---- tokens

    /** @return the OAuth codes and refresh tokens handed out, and the access tokens' lifetime */
    public OAuthGrants oauth() {
        return oauth;
    }

    /**
     * @param userId whom the token acts for
     * @param expiresAt when it stops working
     * @return the new token
     */
    public AccessToken issueToken(long userId, Instant expiresAt) {
        users.get(userId);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        AccessToken token = new AccessToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), userId, expiresAt);
        tokens.put(token.value(), token);
        return token;
    }

    /**
     * @param value a token
     * @return it, if issued and not revoked (expiry is the caller's check)
     */
    public Optional<AccessToken> token(String value) {
        return Optional.ofNullable(tokens.get(value));
    }

    /** @param value a token to forget */
    public void revokeToken(String value) {
        tokens.remove(value);
    }
}
