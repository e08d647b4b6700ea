package io.harvest4j.extended;

import io.harvest4j.core.Call;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestRequest;
import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.ListRequest;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.extended.internal.IdReference;
import io.harvest4j.extended.model.UserAssignment;
import io.harvest4j.extended.model.UserAssignmentUpdate;
import jakarta.inject.Inject;

/**
 * The users assigned to a project (administrators; project managers for the projects they manage).
 * Thread-safe and immutable; each method answers a request to run with {@code execute()} or
 * {@code executeAsync()}.
 *
 * <pre>{@code
 * UserAssignments assignments = new UserAssignments(client);
 * long id = assignments.create(projectId, userId).execute();
 * assignments.update(projectId, id, UserAssignmentUpdate.builder().isProjectManager(true).build()).execute();
 * }</pre>
 */
public final class UserAssignments {

    /** {@code <user-assignment>…</user-assignment>}; JSON {@code {"user_assignment":{…}}}. */
    static final WireShape USER_ASSIGNMENT = WireShape.object("user_assignment").build();

    /** {@code <user-assignments><user-assignment>…}; JSON {@code [{"user_assignment":{…}}]}. */
    static final WireShape USER_ASSIGNMENTS = WireShape.list("user_assignments", "user_assignment").build();

    /** The body of the create: {@code <user><id>…</id></user>}. */
    static final WireShape USER = WireShape.object("user").build();

    private final HarvestClient client;

    /**
     * @param client the client of the account
     * @throws InvalidRequestException when it is {@code null}
     */
    @Inject
    public UserAssignments(HarvestClient client) {
        this.client = Checks.required("UserAssignments: client", client);
    }

    /**
     * {@code GET /projects/{id}/user_assignments}: the users assigned to a project; narrow it with
     * {@code updatedSince(…)}.
     *
     * @param projectId the project's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public ListRequest<UserAssignment> list(long projectId) {
        return ListRequest.of(client, Call.get("/projects/{}/user_assignments", project("list", projectId))
                .decodingList(UserAssignment.class, USER_ASSIGNMENTS));
    }

    /**
     * {@code GET /projects/{id}/user_assignments/{id}}: one assignment.
     *
     * @param projectId the project's id
     * @param userAssignmentId the assignment's id
     * @return the request
     * @throws InvalidRequestException when an id is not positive
     */
    public HarvestRequest<UserAssignment> show(long projectId, long userAssignmentId) {
        return HarvestRequest.of(client, Call.get("/projects/{}/user_assignments/{}", project("show", projectId),
                id("show", userAssignmentId)).decoding(UserAssignment.class, USER_ASSIGNMENT));
    }

    /**
     * {@code POST /projects/{id}/user_assignments} with {@code <user><id>…</id></user>}: assigns a
     * user to the project. Not retried once it may have reached the service.
     *
     * @param projectId the project's id
     * @param userId the user's id
     * @return the request; its result is the new assignment's id (from {@code Location})
     * @throws InvalidRequestException when an id is not positive
     */
    public HarvestRequest<Long> create(long projectId, long userId) {
        long project = project("create", projectId);
        IdReference user = IdReference.of(Checks.positiveId("UserAssignments.create: userId", userId));
        return HarvestRequest.of(client, Call.post("/projects/{}/user_assignments", project).body(user, USER)
                .idempotent(false).readingCreatedId());
    }

    /**
     * {@code PUT /projects/{id}/user_assignments/{id}} with {@code <user-assignment>…}: changes the
     * fields given, leaves the others as they are.
     *
     * @param projectId the project's id
     * @param userAssignmentId the assignment's id
     * @param update the fields to change
     * @return the request
     * @throws InvalidRequestException when an id is not positive or the update is {@code null}
     */
    public HarvestRequest<Void> update(long projectId, long userAssignmentId, UserAssignmentUpdate update) {
        long project = project("update", projectId);
        long id = id("update", userAssignmentId);
        Checks.required("UserAssignments.update: update", update);
        return HarvestRequest.of(client, Call.put("/projects/{}/user_assignments/{}", project, id)
                .body(update, USER_ASSIGNMENT).discardingBody());
    }

    /**
     * {@code DELETE /projects/{id}/user_assignments/{id}}: removes the user from the project. A user
     * with hours on the project is archived on it instead (the service says so in a {@code Hint}
     * header).
     *
     * @param projectId the project's id
     * @param userAssignmentId the assignment's id
     * @return the request
     * @throws InvalidRequestException when an id is not positive
     */
    public HarvestRequest<Void> delete(long projectId, long userAssignmentId) {
        return HarvestRequest.of(client, Call.delete("/projects/{}/user_assignments/{}", project("delete", projectId),
                id("delete", userAssignmentId)).discardingBody());
    }

    @Override
    public String toString() {
        return "UserAssignments{" + client + "}";
    }

    private static long project(String method, long projectId) {
        return Checks.positiveId("UserAssignments." + method + ": projectId", projectId);
    }

    private static long id(String method, long userAssignmentId) {
        return Checks.positiveId("UserAssignments." + method + ": userAssignmentId", userAssignmentId);
    }
}
