package io.harvest4j.tests.simulator.internal;

import java.math.BigDecimal;

/**
 * A person on a project, possibly as its manager ({@code /projects/{id}/user_assignments}):
 * {@code user_id, project_id, deactivated, hourly_rate, is_project_manager}. Guarded by the
 * {@link Account}'s lock.
 */
public final class UserAssignment extends WireEntity {

    /**
     * @param projectId the project
     * @param userId the user
     * @param projectManager whether the user manages the project
     * @param deactivated whether archived
     */
    public UserAssignment(long projectId, long userId, boolean projectManager, boolean deactivated) {
        set("user_id", userId);
        set("project_id", projectId);
        set("deactivated", deactivated);
        set("is_project_manager", projectManager);
    }

    /** @return the project's id */
    public long projectId() {
        return integer("project_id");
    }

    /** @return the user's id */
    public long userId() {
        return integer("user_id");
    }

    /** @return whether the user manages the project */
    public boolean isProjectManager() {
        return flag("is_project_manager");
    }

    /** @return whether archived */
    public boolean isDeactivated() {
        return flag("deactivated");
    }

    /** @return the hourly rate, or null */
    public BigDecimal hourlyRate() {
        return decimal("hourly_rate");
    }
}
