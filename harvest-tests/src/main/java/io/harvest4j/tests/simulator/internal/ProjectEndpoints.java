package io.harvest4j.tests.simulator.internal;

import static io.harvest4j.tests.simulator.internal.ExtendedCalls.created;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.denied;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.ok;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.optionalId;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.pathId;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.query;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.required;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.requiredClient;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.requireUniqueName;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.updatedSince;

import io.harvest4j.tests.simulator.internal.WireShape.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Projects ({@code /projects}) and their task and user assignments
 * ({@code /projects/{id}/task_assignments}, {@code …/user_assignments}). Administrators see and
 * change every project; a project manager the projects they manage (and creates projects when
 * permitted, becoming their manager); anyone else gets 404.
 */
final class ProjectEndpoints {

    /** A project on the wire, in the documented order ({@code active} only through the toggle once created). */
    static final WireShape PROJECT = new WireShape("project", "projects")
            .field("id", Type.INTEGER)
            .writable("client_id", Type.INTEGER)
            .writable("name", Type.STRING)
            .writable("code", Type.STRING)
            .writable("active", Type.BOOLEAN)
            .writable("billable", Type.BOOLEAN)
            .writable("bill_by", Type.STRING)
            .writable("hourly_rate", Type.DECIMAL)
            .writable("budget_by", Type.STRING)
            .writable("budget", Type.DECIMAL)
            .writable("notify_when_over_budget", Type.BOOLEAN)
            .writable("over_budget_notification_percentage", Type.DECIMAL)
            .field("over_budget_notified_at", Type.DATETIME)
            .writable("show_budget_to_all", Type.BOOLEAN)
            .field("created_at", Type.DATETIME)
            .field("updated_at", Type.DATETIME)
            .writable("starts_on", Type.DATE)
            .writable("ends_on", Type.DATE)
            .field("hint_earliest_record_at", Type.DATE)
            .field("hint_latest_record_at", Type.DATE)
            .writable("notes", Type.STRING)
            .writable("cost_budget", Type.DECIMAL)
            .writable("cost_budget_include_expenses", Type.BOOLEAN);

    /** A task assignment on the wire. */
    static final WireShape TASK_ASSIGNMENT = new WireShape("task_assignment", "task_assignments")
            .field("id", Type.INTEGER)
            .field("project_id", Type.INTEGER)
            .field("task_id", Type.INTEGER)
            .writable("billable", Type.BOOLEAN)
            .writable("deactivated", Type.BOOLEAN)
            .writable("budget", Type.DECIMAL)
            .writable("hourly_rate", Type.DECIMAL)
            .field("created_at", Type.DATETIME)
            .field("updated_at", Type.DATETIME);

    /** A user assignment on the wire ({@code user_id} and {@code project_id} come from the path). */
    static final WireShape USER_ASSIGNMENT = new WireShape("user_assignment", "user_assignments")
            .field("id", Type.INTEGER)
            .field("user_id", Type.INTEGER)
            .field("project_id", Type.INTEGER)
            .writable("deactivated", Type.BOOLEAN)
            .writable("hourly_rate", Type.DECIMAL)
            .writable("is_project_manager", Type.BOOLEAN)
            .field("created_at", Type.DATETIME)
            .field("updated_at", Type.DATETIME);

    private static final Set<String> BILL_BY = Set.of("Tasks", "People", "none");
    private static final Set<String> BUDGET_BY = Set.of("project", "project_cost", "task", "person", "none");

    private final Account account;
    private final WireWriter writer;

    ProjectEndpoints(Account account, WireWriter writer) {
        this.account = account;
        this.writer = writer;
    }

    /** @param routes where to add the projects' and their assignments' routes */
    void addRoutes(RouteTable<Endpoint> routes) {
        routes.add("GET /projects", this::listProjects)
                .add("GET /projects/{id}", this::showProject)
                .add("POST /projects", this::createProject)
                .add("PUT /projects/{id}", this::updateProject)
                .add("PUT /projects/{id}/toggle", this::toggleProject)
                .add("DELETE /projects/{id}", this::deleteProject)
                .add("GET /projects/{id}/task_assignments", this::listTaskAssignments)
                .add("GET /projects/{id}/task_assignments/{assignment}", this::showTaskAssignment)
                .add("POST /projects/{id}/task_assignments", this::assignTask)
                .add("POST /projects/{id}/task_assignments/add_with_create_new_task", this::assignNewTask)
                .add("PUT /projects/{id}/task_assignments/{assignment}", this::updateTaskAssignment)
                .add("DELETE /projects/{id}/task_assignments/{assignment}", this::deleteTaskAssignment)
                .add("GET /projects/{id}/user_assignments", this::listUserAssignments)
                .add("GET /projects/{id}/user_assignments/{assignment}", this::showUserAssignment)
                .add("POST /projects/{id}/user_assignments", this::assignUser)
                .add("PUT /projects/{id}/user_assignments/{assignment}", this::updateUserAssignment)
                .add("DELETE /projects/{id}/user_assignments/{assignment}", this::deleteUserAssignment);
    }

    // ---- projects

    private Answer listProjects(ApiCall call) {
        requireManager(call);
        String client = query(call, "client");
        Long clientId = null;
        if (client != null && !client.isBlank()) {
            if (client.trim().isEmpty() || !client.trim().chars().allMatch(c -> c >= '0' && c <= '9') || client.trim().length() > 18) {
                throw RequestRefused.notFound("No client " + client);
            }
            clientId = Long.parseLong(client.trim());
        }
        Long wanted = clientId;
        List<Project> projects = account.projects().stream()
                .filter(p -> wanted == null || p.clientId() == wanted)
                .filter(p -> call.user.isAdmin() || account.manages(call.user.id(), p.id()))
                .collect(Collectors.toList());
        projects = updatedSince(call, projects);
        projects.forEach(this::refreshHints);
        return Answer.of(200, call.format, PROJECT.list(call.format, projects, writer));
    }

    private Answer showProject(ApiCall call) {
        Project project = visibleProject(call);
        refreshHints(project);
        return Answer.of(200, call.format, PROJECT.one(call.format, project, writer));
    }

    private Answer createProject(ApiCall call) {
        if (!call.user.isAdmin() && !(call.user.canCreateProjects() && account.isProjectManager(call.user.id()))) {
            throw denied(call);
        }
        RequestFields fields = new RequestFields(call.params, PROJECT.root());
        long clientId = requiredClient(account, fields);
        String name = required(fields, "name");
        requireUniqueName(projectsOf(clientId), Project::name, name, null, "project");
        Project project = new Project(clientId, name, "", false, true);
        PROJECT.apply(project, fields, Set.of());
        requireValues(project);
        if (project.isActive()) {
            requireRoomForProject();
        }
        account.projects().insert(project);
        account.projectCreated(project, call.user);
        return created("/projects/" + project.id());
    }

    private Answer updateProject(ApiCall call) {
        Project project = visibleProject(call);
        RequestFields fields = new RequestFields(call.params, PROJECT.root());
        if (fields.isBlank("client_id")) {
            throw RequestRefused.badRequest("client-id can't be blank: an update of a project must include its client-id");
        }
        long clientId = requiredClient(account, fields);
        String name = fields.has("name") ? required(fields, "name") : project.name();
        requireUniqueName(projectsOf(clientId), Project::name, name, project, "project");
        Map<String, Object> before = project.values();
        PROJECT.apply(project, fields, Set.of("active"));
        try {
            requireValues(project);
        } catch (RequestRefused refused) {
            project.restore(before);
            throw refused;
        }
        account.projects().touch(project);
        return ok("/projects/" + project.id());
    }

    private Answer toggleProject(ApiCall call) {
        Project project = visibleProject(call);
        if (!project.isActive()) {
            requireRoomForProject();
        }
        project.setActive(!project.isActive());
        account.projects().touch(project);
        return ok("/projects/" + project.id());
    }

    private Answer deleteProject(ApiCall call) {
        Project project = visibleProject(call);
        long entries = account.dayEntries().stream().filter(e -> e.projectId() == project.id()).count();
        if (entries > 0) {
            throw RequestRefused.badRequest("Project " + project.id() + " has " + entries
                    + " day entries: it cannot be deleted (archive it instead)");
        }
        account.deleteProject(project.id());
        return Answer.empty(200);
    }

    private void requireRoomForProject() {
        Integer max = account.maxProjects();
        if (max != null && account.projects().stream().filter(Project::isActive).count() >= max) {
            throw RequestRefused.badRequest("Your plan allows " + max
                    + " active projects: archive one or upgrade the plan first");
        }
    }

    private static void requireValues(Project project) {
        String billBy = project.text("bill_by");
        if (billBy != null && !BILL_BY.contains(billBy)) {
            throw RequestRefused.badRequest("bill-by must be one of " + BILL_BY + ", not '" + billBy + "'");
        }
        String budgetBy = project.text("budget_by");
        if (budgetBy != null && !BUDGET_BY.contains(budgetBy)) {
            throw RequestRefused.badRequest("budget-by must be one of " + BUDGET_BY + ", not '" + budgetBy + "'");
        }
        LocalDate starts = project.date("starts_on");
        LocalDate ends = project.date("ends_on");
        if (starts != null && ends != null && ends.isBefore(starts)) {
            throw RequestRefused.badRequest("ends-on (" + ends + ") is before starts-on (" + starts + ")");
        }
    }

    /** The {@code hint-*-record-at} dates: the first and last day time was logged to it (computed when read). */
    private void refreshHints(Project project) {
        LocalDate earliest = null;
        LocalDate latest = null;
        for (DayEntry entry : account.dayEntries()) {
            if (entry.projectId() == project.id()) {
                earliest = earliest == null || entry.spentAt().isBefore(earliest) ? entry.spentAt() : earliest;
                latest = latest == null || entry.spentAt().isAfter(latest) ? entry.spentAt() : latest;
            }
        }
        project.set("hint_earliest_record_at", earliest);
        project.set("hint_latest_record_at", latest);
    }

    private List<Project> projectsOf(long clientId) {
        return account.projects().stream().filter(p -> p.clientId() == clientId).collect(Collectors.toList());
    }

    /** Administrators and project managers may use the projects' calls at all; anyone else gets 404. */
    private void requireManager(ApiCall call) {
        if (!call.user.isAdmin() && !account.isProjectManager(call.user.id())) {
            throw denied(call);
        }
    }

    /** The project of the path, when the caller administers the account or manages it; else 404. */
    private Project visibleProject(ApiCall call) {
        long id = pathId(call, "id", "project");
        Project project = account.projects().find(id).orElseThrow(() -> RequestRefused.notFound("No project " + id));
        if (!call.user.isAdmin() && !account.manages(call.user.id(), id)) {
            throw denied(call);
        }
        return project;
    }

    // ---- task assignments

    private Answer listTaskAssignments(ApiCall call) {
        Project project = visibleProject(call);
        List<TaskAssignment> assignments = account.taskAssignments().stream()
                .filter(a -> a.projectId() == project.id()).collect(Collectors.toList());
        return Answer.of(200, call.format, TASK_ASSIGNMENT.list(call.format, updatedSince(call, assignments), writer));
    }

    private Answer showTaskAssignment(ApiCall call) {
        return Answer.of(200, call.format, TASK_ASSIGNMENT.one(call.format, taskAssignment(call), writer));
    }

    private Answer assignTask(ApiCall call) {
        Project project = visibleProject(call);
        RequestFields fields = new RequestFields(call.params, "task");
        Long taskId = optionalId(fields, "id");
        if (taskId == null) {
            throw RequestRefused.badRequest("Send the task as <task><id>…</id></task>");
        }
        Task task = account.tasks().find(taskId).orElseThrow(() -> RequestRefused.badRequest("No task " + taskId));
        if (account.taskAssignments().stream().anyMatch(a -> a.projectId() == project.id() && a.taskId() == taskId)) {
            throw RequestRefused.badRequest("Task " + taskId + " is already assigned to project " + project.id());
        }
        TaskAssignment assignment = account.assignTaskFromDefaults(project, task);
        return created("/projects/" + project.id() + "/task_assignments/" + assignment.id());
    }

    private Answer assignNewTask(ApiCall call) {
        Project project = visibleProject(call);
        RequestFields fields = new RequestFields(call.params, TaskEndpoints.TASK.root());
        Task task = TaskEndpoints.newTask(account, fields);
        account.tasks().insert(task);
        TaskAssignment assignment = account.assignTaskFromDefaults(project, task);
        return created("/projects/" + project.id() + "/task_assignments/" + assignment.id());
    }

    private Answer updateTaskAssignment(ApiCall call) {
        TaskAssignment assignment = taskAssignment(call);
        TASK_ASSIGNMENT.apply(assignment, new RequestFields(call.params, TASK_ASSIGNMENT.root()), Set.of());
        account.taskAssignments().touch(assignment);
        return Answer.empty(200);
    }

    private Answer deleteTaskAssignment(ApiCall call) {
        TaskAssignment assignment = taskAssignment(call);
        boolean othersActive = account.taskAssignments().stream().anyMatch(a -> a != assignment
                && a.projectId() == assignment.projectId() && !a.isDeactivated());
        if (!othersActive) {
            throw RequestRefused.badRequest("Harvest requires one task per project: task " + assignment.taskId()
                    + " is the last active task of project " + assignment.projectId());
        }
        boolean hours = account.dayEntries().stream()
                .anyMatch(e -> e.projectId() == assignment.projectId() && e.taskId() == assignment.taskId());
        if (hours) {
            assignment.set("deactivated", true);
            account.taskAssignments().touch(assignment);
            return Answer.empty(200).header("Hint", "Task " + assignment.taskId() + " has hours on project "
                    + assignment.projectId() + ": its assignment was archived, not removed");
        }
        account.taskAssignments().remove(assignment.id());
        return Answer.empty(200);
    }

    private TaskAssignment taskAssignment(ApiCall call) {
        Project project = visibleProject(call);
        long id = pathId(call, "assignment", "task assignment");
        return account.taskAssignments().find(id).filter(a -> a.projectId() == project.id())
                .orElseThrow(() -> RequestRefused.notFound("No task assignment " + id + " on project " + project.id()));
    }

    // ---- user assignments

    private Answer listUserAssignments(ApiCall call) {
        Project project = visibleProject(call);
        List<UserAssignment> assignments = account.userAssignments().stream()
                .filter(a -> a.projectId() == project.id()).collect(Collectors.toList());
        return Answer.of(200, call.format, USER_ASSIGNMENT.list(call.format, updatedSince(call, assignments), writer));
    }

    private Answer showUserAssignment(ApiCall call) {
        return Answer.of(200, call.format, USER_ASSIGNMENT.one(call.format, userAssignment(call), writer));
    }

    private Answer assignUser(ApiCall call) {
        Project project = visibleProject(call);
        RequestFields fields = new RequestFields(call.params, "user");
        Long userId = optionalId(fields, "id");
        if (userId == null) {
            throw RequestRefused.badRequest("Send the person as <user><id>…</id></user>");
        }
        User user = account.users().find(userId).orElseThrow(() -> RequestRefused.badRequest("No user " + userId));
        if (account.userAssignments().stream().anyMatch(a -> a.projectId() == project.id() && a.userId() == userId)) {
            throw RequestRefused.badRequest("User " + userId + " is already assigned to project " + project.id());
        }
        UserAssignment assignment = account.assignUser(project.id(), user.id(), false);
        assignment.set("hourly_rate", user.defaultHourlyRate());
        return created("/projects/" + project.id() + "/user_assignments/" + assignment.id());
    }

    private Answer updateUserAssignment(ApiCall call) {
        UserAssignment assignment = userAssignment(call);
        USER_ASSIGNMENT.apply(assignment, new RequestFields(call.params, USER_ASSIGNMENT.root()), Set.of());
        account.userAssignments().touch(assignment);
        return ok("/projects/" + assignment.projectId() + "/user_assignments/" + assignment.id());
    }

    private Answer deleteUserAssignment(ApiCall call) {
        UserAssignment assignment = userAssignment(call);
        boolean hours = account.dayEntries().stream()
                .anyMatch(e -> e.projectId() == assignment.projectId() && e.userId() == assignment.userId());
        if (hours) {
            assignment.set("deactivated", true);
            account.userAssignments().touch(assignment);
            return Answer.empty(200).header("Hint", "User " + assignment.userId() + " has hours on project "
                    + assignment.projectId() + ": the assignment was archived, not removed");
        }
        account.userAssignments().remove(assignment.id());
        return Answer.empty(200);
    }

    private UserAssignment userAssignment(ApiCall call) {
        Project project = visibleProject(call);
        long id = pathId(call, "assignment", "user assignment");
        return account.userAssignments().find(id).filter(a -> a.projectId() == project.id())
                .orElseThrow(() -> RequestRefused.notFound("No user assignment " + id + " on project " + project.id()));
    }
}
