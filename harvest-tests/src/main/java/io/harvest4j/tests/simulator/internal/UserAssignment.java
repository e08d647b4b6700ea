package io.harvest4j.tests.simulator.internal;

/** A person on a project, possibly as its manager. Immutable but for its table's stamps. */
public final class UserAssignment extends Entity {

    private final long projectId;
    private final long userId;
    private final boolean projectManager;
    private final boolean deactivated;

    /**
     * @param projectId the project
     * @param userId the user
     * @param projectManager whether the user manages the project
     * @param deactivated whether archived
     */
    public UserAssignment(long projectId, long userId, boolean projectManager, boolean deactivated) {
        this.projectId = projectId;
        this.userId = userId;
        this.projectManager = projectManager;
        this.deactivated = deactivated;
    }

    /** @return the project's id */
    public long projectId() {
        return projectId;
    }

    /** @return the user's id */
    public long userId() {
        return userId;
    }

    /** @return whether the user manages the project */
    public boolean isProjectManager() {
        return projectManager;
    }

    /** @return whether archived */
    public boolean isDeactivated() {
        return deactivated;
    }
}
