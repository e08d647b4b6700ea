package io.harvest4j.extended;

import io.harvest4j.core.Call;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestRequest;
import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.ListRequest;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.extended.model.Task;
import io.harvest4j.extended.model.TaskFields;
import jakarta.inject.Inject;

/**
 * The company's tasks: the kinds of work time is logged to (administrators). Thread-safe and
 * immutable; each method answers a request to run with {@code execute()} or {@code executeAsync()}.
 *
 * <pre>{@code
 * Tasks tasks = new Tasks(client);
 * long id = tasks.create(TaskFields.builder().name("Server Administration").billableByDefault(true).build()).execute();
 * }</pre>
 */
public final class Tasks {

    /** {@code <task>…</task>}; JSON {@code {"task":{…}}}. */
    static final WireShape TASK = WireShape.object("task").build();

    /** {@code <tasks><task>…}; JSON {@code [{"task":{…}}]}. */
    static final WireShape TASKS = WireShape.list("tasks", "task").build();

    private final HarvestClient client;

    /**
     * @param client the client of the account
     * @throws InvalidRequestException when it is {@code null}
     */
    @Inject
    public Tasks(HarvestClient client) {
        this.client = Checks.required("Tasks: client", client);
    }

    /**
     * {@code GET /tasks}: every task; narrow it with {@code updatedSince(…)}.
     *
     * @return the request
     */
    public ListRequest<Task> list() {
        return ListRequest.of(client, Call.get("/tasks").decodingList(Task.class, TASKS));
    }

    /**
     * {@code GET /tasks/{id}}: one task.
     *
     * @param taskId the task's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public HarvestRequest<Task> show(long taskId) {
        return HarvestRequest.of(client, Call.get("/tasks/{}", id("show", taskId)).decoding(Task.class, TASK));
    }

    /**
     * {@code POST /tasks}: creates a task (the name is required). Not retried once it may have
     * reached the service.
     *
     * @param fields the new task's fields
     * @return the request; its result is the new task's id (from {@code Location})
     * @throws InvalidRequestException when the fields are {@code null} or have no name
     */
    public HarvestRequest<Long> create(TaskFields fields) {
        RequiredFields.require("Tasks.create: task.name", Checks.required("Tasks.create: task", fields).name());
        return HarvestRequest.of(client, Call.post("/tasks").body(fields, TASK).idempotent(false).readingCreatedId());
    }

    /**
     * {@code PUT /tasks/{id}}: changes the fields given, leaves the others as they are.
     *
     * @param taskId the task's id
     * @param fields the fields to change
     * @return the request
     * @throws InvalidRequestException when the id is not positive or the fields are {@code null}
     */
    public HarvestRequest<Void> update(long taskId, TaskFields fields) {
        Checks.required("Tasks.update: task", fields);
        return HarvestRequest.of(client, Call.put("/tasks/{}", id("update", taskId)).body(fields, TASK).discardingBody());
    }

    /**
     * {@code DELETE /tasks/{id}}: deletes a task without hours; one with hours is archived instead
     * ({@link Task#isDeactivated()}), and the service still answers 200.
     *
     * @param taskId the task's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public HarvestRequest<Void> delete(long taskId) {
        return HarvestRequest.of(client, Call.delete("/tasks/{}", id("delete", taskId)).discardingBody());
    }

    /**
     * {@code POST /tasks/{id}/activate}: activates an archived task. Not retried once it may have
     * reached the service.
     *
     * @param taskId the task's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public HarvestRequest<Void> activate(long taskId) {
        return HarvestRequest.of(client, Call.post("/tasks/{}/activate", id("activate", taskId)).idempotent(false).discardingBody());
    }

    @Override
    public String toString() {
        return "Tasks{" + client + "}";
    }

    private static long id(String method, long taskId) {
        return Checks.positiveId("Tasks." + method + ": taskId", taskId);
    }
}
