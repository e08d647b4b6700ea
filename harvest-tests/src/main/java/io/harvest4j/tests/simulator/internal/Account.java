package io.harvest4j.tests.simulator.internal;

import io.harvest4j.tests.simulator.Seed;
import java.math.BigDecimal;
import java.security.SecureRandom;
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
import java.util.Optional;
import java.util.TreeMap;

/**
 * The one simulated account (subdomain {@code demo}): company settings, people, clients, projects,
 * tasks, assignments, day entries and access tokens.
 *
 * <p>Not thread-safe by itself: every caller holds this object's monitor
 * ({@code synchronized (account)}) for the whole of a request or a test helper call, so a request
 * sees and leaves a consistent state.
 */
public final class Account {

    private static final ZoneId SEED_ZONE = ZoneId.of(Seed.ZONE_ID);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<Long, User> users = new LinkedHashMap<>();
    private final Map<Long, Client> clients = new LinkedHashMap<>();
    private final Map<Long, Project> projects = new LinkedHashMap<>();
    private final Map<Long, Task> tasks = new LinkedHashMap<>();
    private final Map<Long, TaskAssignment> taskAssignments = new LinkedHashMap<>();
    private final Map<Long, UserAssignment> userAssignments = new LinkedHashMap<>();
    private final TreeMap<Long, DayEntry> dayEntries = new TreeMap<>();
    private final Map<String, AccessToken> tokens = new LinkedHashMap<>();
    private boolean timestampTimers;
    private long nextUserId;
    private long nextClientId;
    private long nextProjectId;
    private long nextTaskId;
    private long nextTaskAssignmentId;
    private long nextUserAssignmentId;
    private long nextDayEntryId;

    /** A fresh account holding the {@link Seed}. */
    public Account() {
        resetToSeed();
    }

    /** Forgets everything and loads the {@link Seed} again. */
    public void resetToSeed() {
        users.clear();
        clients.clear();
        projects.clear();
        tasks.clear();
        taskAssignments.clear();
        userAssignments.clear();
        dayEntries.clear();
        tokens.clear();
        timestampTimers = false;
        nextUserId = Seed.ADMIN_ID;
        nextClientId = Seed.ACME_ID;
        nextProjectId = Seed.WEBSITE_ID;
        nextTaskId = Seed.DESIGN_ID;
        nextTaskAssignmentId = Seed.WEBSITE_DESIGN_ASSIGNMENT_ID;
        nextUserAssignmentId = Seed.FIRST_USER_ASSIGNMENT_ID;
        nextDayEntryId = Seed.FIRST_DAY_ENTRY_ID;

        addUser(Seed.ADMIN_EMAIL, Seed.ADMIN_PASSWORD, "Ada", "Admin", true, true, true, true);
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
        User user = new User(nextUserId++, email, password, firstName, lastName, admin, Seed.TIMEZONE, SEED_ZONE,
                canSeeRates, canCreateProjects, canCreateInvoices);
        users.put(user.id(), user);
        return user;
    }

    /**
     * @param id an id
     * @return the user
     */
    public Optional<User> user(long id) {
        return Optional.ofNullable(users.get(id));
    }

    /**
     * @param email an e-mail address (case ignored)
     * @return the user
     */
    public Optional<User> userByEmail(String email) {
        String wanted = email.toLowerCase(Locale.ROOT);
        return users.values().stream().filter(u -> u.email().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /**
     * @param userId a user
     * @return whether they manage at least one project (administrators count as managers)
     */
    public boolean isProjectManager(long userId) {
        User user = users.get(userId);
        if (user != null && user.isAdmin()) {
            return true;
        }
        return userAssignments.values().stream()
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
        Client client = new Client(nextClientId++, name, currency, currencySymbol);
        clients.put(client.id(), client);
        return client;
    }

    /**
     * @param id an id
     * @return the client
     */
    public Optional<Client> client(long id) {
        return Optional.ofNullable(clients.get(id));
    }

    /**
     * @param clientId the client
     * @param name name
     * @param code code
     * @param billable billable?
     * @return the new (active) project
     */
    public Project addProject(long clientId, String name, String code, boolean billable) {
        require(clients.containsKey(clientId), "no client " + clientId);
        Project project = new Project(nextProjectId++, clientId, name, code, billable, true);
        projects.put(project.id(), project);
        return project;
    }

    /**
     * @param id an id
     * @return the project
     */
    public Optional<Project> project(long id) {
        return Optional.ofNullable(projects.get(id));
    }

    /**
     * @param name name
     * @param billableByDefault billable by default?
     * @return the new task
     */
    public Task addTask(String name, boolean billableByDefault) {
        Task task = new Task(nextTaskId++, name, billableByDefault);
        tasks.put(task.id(), task);
        return task;
    }

    /**
     * @param id an id
     * @return the task
     */
    public Optional<Task> task(long id) {
        return Optional.ofNullable(tasks.get(id));
    }

    /**
     * @param projectId project
     * @param taskId task
     * @param billable billable?
     * @return the new assignment
     */
    public TaskAssignment assignTask(long projectId, long taskId, boolean billable) {
        require(projects.containsKey(projectId), "no project " + projectId);
        require(tasks.containsKey(taskId), "no task " + taskId);
        TaskAssignment assignment = new TaskAssignment(nextTaskAssignmentId++, projectId, taskId, billable, false);
        taskAssignments.put(assignment.id(), assignment);
        return assignment;
    }

    /**
     * @param projectId project
     * @param userId user
     * @param projectManager does the user manage the project?
     * @return the new assignment
     */
    public UserAssignment assignUser(long projectId, long userId, boolean projectManager) {
        require(projects.containsKey(projectId), "no project " + projectId);
        require(users.containsKey(userId), "no user " + userId);
        UserAssignment assignment = new UserAssignment(nextUserAssignmentId++, projectId, userId, projectManager, false);
        userAssignments.put(assignment.id(), assignment);
        return assignment;
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
        for (UserAssignment assignment : userAssignments.values()) {
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
     * @return its active task assignments, by task name
     */
    public List<TaskAssignment> loggableTasks(long projectId) {
        List<TaskAssignment> result = new ArrayList<>();
        for (TaskAssignment assignment : taskAssignments.values()) {
            if (assignment.projectId() == projectId && !assignment.isDeactivated()) {
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
     * @param now creation time
     * @return the new (stopped) entry
     */
    public DayEntry addDayEntry(long userId, long projectId, long taskId, LocalDate spentAt, String notes,
            BigDecimal hours, Instant now) {
        require(users.containsKey(userId), "no user " + userId);
        require(projects.containsKey(projectId), "no project " + projectId);
        require(tasks.containsKey(taskId), "no task " + taskId);
        DayEntry entry = new DayEntry(nextDayEntryId++, userId, projectId, taskId, spentAt, notes, hours, now);
        dayEntries.put(entry.id(), entry);
        return entry;
    }

    /**
     * @param id an id
     * @return the entry
     */
    public Optional<DayEntry> dayEntry(long id) {
        return Optional.ofNullable(dayEntries.get(id));
    }

    /** @return every entry, by id */
    public List<DayEntry> dayEntries() {
        return new ArrayList<>(dayEntries.values());
    }

    /**
     * @param userId a user
     * @param day a day
     * @return their entries of that day, by id
     */
    public List<DayEntry> dayEntries(long userId, LocalDate day) {
        List<DayEntry> result = new ArrayList<>();
        for (DayEntry entry : dayEntries.values()) {
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
        return dayEntries.values().stream().filter(e -> e.userId() == userId && e.isRunning()).findFirst();
    }

    /** @param id an entry to remove */
    public void deleteDayEntry(long id) {
        dayEntries.remove(id);
    }

    // ---- tokens

    /**
     * @param userId whom the token acts for
     * @param expiresAt when it stops working
     * @return the new token
     */
    public AccessToken issueToken(long userId, Instant expiresAt) {
        require(users.containsKey(userId), "no user " + userId);
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

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
