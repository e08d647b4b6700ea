package io.harvest4j.tests.simulator;

import io.harvest4j.tests.simulator.internal.UserAssignment;
import java.math.BigDecimal;
import java.util.Optional;

/** A person on a project as it was when read ({@link Resource#USER_ASSIGNMENTS}). Immutable. */
public final class UserAssignmentSnapshot extends Snapshot {

    private final long projectId;
    private final long userId;
    private final boolean projectManager;
    private final boolean deactivated;
    private final BigDecimal hourlyRate;

    UserAssignmentSnapshot(UserAssignment assignment) {
        super(assignment);
        this.projectId = assignment.projectId();
        this.userId = assignment.userId();
        this.projectManager = assignment.isProjectManager();
        this.deactivated = assignment.isDeactivated();
        this.hourlyRate = assignment.hourlyRate();
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

    /** @return whether archived (the user may no longer log to the project) */
    public boolean isDeactivated() {
        return deactivated;
    }

    /** @return the hourly rate on the project, if any */
    public Optional<BigDecimal> hourlyRate() {
        return Optional.ofNullable(hourlyRate);
    }

    @Override
    public String toString() {
        return "UserAssignmentSnapshot[id=" + id() + ", project " + projectId + ", user " + userId + "]";
    }
}
