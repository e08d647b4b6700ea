package io.harvest4j.extended.model;

import io.harvest4j.extended.internal.ModelText;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * A user assigned to a project, as {@code GET /projects/{id}/user_assignments} and
 * {@code GET /projects/{id}/user_assignments/{id}} answer it (XML {@code <user-assignment>}, JSON
 * {@code {"user_assignment":{…}}}). Made by codecs only.
 */
public final class UserAssignment extends Resource {

    private Long userId;
    private Long projectId;
    private Boolean deactivated;
    private BigDecimal hourlyRate;
    private Boolean isProjectManager;

    private UserAssignment() {
        // for the binders
    }

    /** @return the user's id ({@code 0} when the service left it out) */
    public long userId() {
        return userId == null ? 0 : userId;
    }

    /** @return the project's id ({@code 0} when the service left it out) */
    public long projectId() {
        return projectId == null ? 0 : projectId;
    }

    /** @return whether the user may no longer log hours to the project ({@code false} when the service left it out) */
    public boolean isDeactivated() {
        return Boolean.TRUE.equals(deactivated);
    }

    /** @return the user's hourly rate on this project; empty when the service left it out or sent nil */
    public Optional<BigDecimal> hourlyRate() {
        return Optional.ofNullable(hourlyRate);
    }

    /** @return whether the user manages this project ({@code false} when the service left it out) */
    public boolean isProjectManager() {
        return Boolean.TRUE.equals(isProjectManager);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof UserAssignment && Arrays.equals(values(), ((UserAssignment) other).values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    @Override
    public String toString() {
        return ModelText.describe("UserAssignment", "id", id, "userId", userId, "projectId", projectId,
                "deactivated", deactivated, "hourlyRate", hourlyRate, "isProjectManager", isProjectManager,
                "createdAt", createdAt, "updatedAt", updatedAt);
    }

    private Object[] values() {
        return new Object[] {id, userId, projectId, deactivated, hourlyRate, isProjectManager,
                createdAt, updatedAt};
    }
}
