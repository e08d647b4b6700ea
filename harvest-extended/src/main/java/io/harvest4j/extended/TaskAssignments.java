package io.harvest4j.extended;

import io.harvest4j.core.Call;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestRequest;
import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.ListRequest;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.extended.internal.IdReference;
import io.harvest4j.extended.model.TaskAssignment;
import io.harvest4j.extended.model.TaskAssignmentUpdate;
import io.harvest4j.extended.model.TaskFields;
import jakarta.inject.Inject;

/**
 * The tasks assigned to a project (administrators; project managers for the projects they
 * manage). Thread-safe and immutable; each method answers a request to run with {@code execute()}
 * or {@code executeAsync()}.
 *
 * <pre>{@code
 * TaskAssignments assignments = new TaskAssignments(client);
 * long id = assignments.create(projectId, taskId).execute();
 * long other = assignments.createWithNewTask(projectId, TaskFields.builder().name("Backend Development").build()).execute();
 * assignments.update(projectId, id, TaskAssignmentUpdate.builder().hourlyRate(new BigDecimal("100")).build()).execute();
 * }</pre>
 */
public final class TaskAssignments {

    /** {@code <task-assignment>…</task-assignment>}; JSON {@code {"task_assignment":{…}}}. */
    static final WireShape TASK_ASSIGNMENT = WireShape.object("task_assignment").build();

    /** {@code <task-assignments><task-assignment>…}; JSON {@code [{"task_assignment":{…}}]}. */
    static final WireShape TASK_ASSIGNMENTS = WireShape.list("task_assignments", "task_assignment").build();

    /** The bodies of both creates: {@code <task><id>…</id></task>}, {@code <task><name>…</name></task>}. */
    static final WireShape TASK = WireShape.object("task").build();

    private final HarvestClient client;

    /**
     * @param client the client of the account
     * @throws InvalidRequestException when it is {@code null}
     */
    @Inject
    public TaskAssignments(HarvestClient client) {
        this.client = Checks.required("TaskAssignments: client", client);
    }

    /**
     * {@code GET /projects/{id}/task_assignments}: the tasks assigned to a project; narrow it with
     * {@code updatedSince(…)}.
     *
     * @param projectId the project's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public ListRequest<TaskAssignment> list(long projectId) {
        return ListRequest.of(client, Call.get("/projects/{}/task_assignments", project("list", projectId))
                .decodingList(TaskAssignment.class, TASK_ASSIGNMENTS));
    }

    /**
     * {@code GET /projects/{id}/task_assignments/{id}}: one assignment.
     *
     * @param projectId the project's id
     * @param taskAssignmentId the assignment's id
     * @return the request
     * @throws InvalidRequestException when an id is not positive
     */
    public HarvestRequest<TaskAssignment> show(long projectId, long taskAssignmentId) {
        return HarvestRequest.of(client, Call.get("/projects/{}/task_assignments/{}", project("show", projectId),
                id("show", taskAssignmentId)).decoding(TaskAssignment.class, TASK_ASSIGNMENT));
    }

    /**
     * {@code POST /projects/{id}/task_assignments} with {@code <task><id>…</id></task>}: assigns an
     * existing task to the project. Not retried once it may have reached the service.
     *
     * @param projectId the project's id
     * @param taskId the task's id
     * @return the request; its result is the new assignment's id (from {@code Location})
     * @throws InvalidRequestException when an id is not positive
     */
    public HarvestRequest<Long> create(long projectId, long taskId) {
        long project = project("create", projectId);
        IdReference task = IdReference.of(Checks.positiveId("TaskAssignments.create: taskId", taskId));
        return HarvestRequest.of(client, Call.post("/projects/{}/task_assignments", project).body(task, TASK)
                .idempotent(false).readingCreatedId());
    }

    /**
     * {@code POST /projects/{id}/task_assignments/add_with_create_new_task} with
     * {@code <task><name>…</name></task>}: creates a task and assigns it to the project in one call
     * (the name is required). Not retried once it may have reached the service.
     *
     * @param projectId the project's id
     * @param task the new task's fields
     * @return the request; its result is the new assignment's id (from {@code Location})
     * @throws InvalidRequestException when the id is not positive, or the task is {@code null} or
     *     has no name
     */
    public HarvestRequest<Long> createWithNewTask(long projectId, TaskFields task) {
        long project = project("createWithNewTask", projectId);
        RequiredFields.require("TaskAssignments.createWithNewTask: task.name",
                Checks.required("TaskAssignments.createWithNewTask: task", task).name());
        return HarvestRequest.of(client, Call.post("/projects/{}/task_assignments/add_with_create_new_task", project)
                .body(task, TASK).idempotent(false).readingCreatedId());
    }

    /**
     * {@code PUT /projects/{id}/task_assignments/{id}} with {@code <task-assignment>…}: changes the
     * fields given, leaves the others as they are.
     *
     * @param projectId the project's id
     * @param taskAssignmentId the assignment's id
     * @param update the fields to change
     * @return the request
     * @throws InvalidRequestException when an id is not positive or the update is {@code null}
     */
    public HarvestRequest<Void> update(long projectId, long taskAssignmentId, TaskAssignmentUpdate update) {
        long project = project("update", projectId);
        long id = id("update", taskAssignmentId);
        Checks.required("TaskAssignments.update: update", update);
        return HarvestRequest.of(client, Call.put("/projects/{}/task_assignments/{}", project, id)
                .body(update, TASK_ASSIGNMENT).discardingBody());
    }

    /**
     * {@code DELETE /projects/{id}/task_assignments/{id}}: removes the task from the project. A task
     * with hours on the project is archived on it instead (the service says so in a {@code Hint}
     * header); a project's last task cannot be removed (400).
     *
     * @param projectId the project's id
     * @param taskAssignmentId the assignment's id
     * @return the request
     * @throws InvalidRequestException when an id is not positive
     */
    public HarvestRequest<Void> delete(long projectId, long taskAssignmentId) {
        return HarvestRequest.of(client, Call.delete("/projects/{}/task_assignments/{}", project("delete", projectId),
                id("delete", taskAssignmentId)).discardingBody());
    }

    @Override
    public String toString() {
        return "TaskAssignments{" + client + "}";
    }

    private static long project(String method, long projectId) {
        return Checks.positiveId("TaskAssignments." + method + ": projectId", projectId);
    }

    private static long id(String method, long taskAssignmentId) {
        return Checks.positiveId("TaskAssignments." + method + ": taskAssignmentId", taskAssignmentId);
    }
}
