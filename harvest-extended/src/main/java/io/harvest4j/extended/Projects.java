package io.harvest4j.extended;

import io.harvest4j.core.Call;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestRequest;
import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.ListRequest;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.extended.model.Project;
import io.harvest4j.extended.model.ProjectFields;
import jakarta.inject.Inject;

/**
 * The company's projects (administrators; project managers for the projects they manage).
 * Thread-safe and immutable; each method answers a request to run with {@code execute()} or
 * {@code executeAsync()}.
 *
 * <pre>{@code
 * Projects projects = new Projects(client);
 * long id = projects.create(ProjectFields.builder().name("SuprGlu").clientId(2).billBy(BillBy.TASKS).build()).execute();
 * List<Project> ofClient = projects.listForClient(2).updatedSince(lastSync).execute();
 * }</pre>
 */
public final class Projects {

    /** {@code <project>…</project>}; JSON {@code {"project":{…}}}. */
    static final WireShape PROJECT = WireShape.object("project").build();

    /** {@code <projects><project>…}; JSON {@code [{"project":{…}}]}. */
    static final WireShape PROJECTS = WireShape.list("projects", "project").build();

    private final HarvestClient client;

    /**
     * @param client the client of the account
     * @throws InvalidRequestException when it is {@code null}
     */
    @Inject
    public Projects(HarvestClient client) {
        this.client = Checks.required("Projects: client", client);
    }

    /**
     * {@code GET /projects}: every project; narrow it with {@code updatedSince(…)}.
     *
     * @return the request
     */
    public ListRequest<Project> list() {
        return ListRequest.of(client, Call.get("/projects").decodingList(Project.class, PROJECTS));
    }

    /**
     * {@code GET /projects?client={id}}: the projects of one client; narrow it with
     * {@code updatedSince(…)}.
     *
     * @param clientId the client's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public ListRequest<Project> listForClient(long clientId) {
        long id = Checks.positiveId("Projects.listForClient: clientId", clientId);
        return ListRequest.of(client, Call.get("/projects").query("client", id).decodingList(Project.class, PROJECTS));
    }

    /**
     * {@code GET /projects/{id}}: one project.
     *
     * @param projectId the project's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public HarvestRequest<Project> show(long projectId) {
        return HarvestRequest.of(client, Call.get("/projects/{}", id("show", projectId)).decoding(Project.class, PROJECT));
    }

    /**
     * {@code POST /projects}: creates a project of an existing client; the name and the client's
     * id are required. Over the plan's project limit the service refuses it. Not retried once it
     * may have reached the service.
     *
     * @param fields the new project's fields
     * @return the request; its result is the new project's id (from {@code Location})
     * @throws InvalidRequestException when the fields are {@code null} or lack the name or the client
     */
    public HarvestRequest<Long> create(ProjectFields fields) {
        Checks.required("Projects.create: project", fields);
        RequiredFields.require("Projects.create: project.name", fields.name());
        RequiredFields.require("Projects.create: project.clientId", fields.clientId());
        return HarvestRequest.of(client, Call.post("/projects").body(fields, PROJECT).idempotent(false).readingCreatedId());
    }

    /**
     * {@code PUT /projects/{id}}: changes the fields given, leaves the others as they are. The
     * service needs the client's id in every update; {@code active} is ignored (use
     * {@link #toggle(long)}).
     *
     * @param projectId the project's id
     * @param fields the fields to change, with the client's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive, the fields are {@code null} or
     *     lack the client's id
     */
    public HarvestRequest<Void> update(long projectId, ProjectFields fields) {
        Checks.required("Projects.update: project", fields);
        RequiredFields.require("Projects.update: project.clientId", fields.clientId());
        return HarvestRequest.of(client, Call.put("/projects/{}", id("update", projectId)).body(fields, PROJECT).discardingBody());
    }

    /**
     * {@code PUT /projects/{id}/toggle} (a PUT, unlike the other toggles; no body): archives an
     * active project, activates an archived one. Over the plan's project limit: 400, with the reason
     * in {@link io.harvest4j.core.ApiException#hint()}. Declared not idempotent although a
     * PUT: a retry would toggle it back.
     *
     * @param projectId the project's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public HarvestRequest<Void> toggle(long projectId) {
        return HarvestRequest.of(client, Call.put("/projects/{}/toggle", id("toggle", projectId)).idempotent(false).discardingBody());
    }

    /**
     * {@code DELETE /projects/{id}}: deletes a project without hours (else 400).
     *
     * @param projectId the project's id
     * @return the request
     * @throws InvalidRequestException when the id is not positive
     */
    public HarvestRequest<Void> delete(long projectId) {
        return HarvestRequest.of(client, Call.delete("/projects/{}", id("delete", projectId)).discardingBody());
    }

    @Override
    public String toString() {
        return "Projects{" + client + "}";
    }

    private static long id(String method, long projectId) {
        return Checks.positiveId("Projects." + method + ": projectId", projectId);
    }
}
