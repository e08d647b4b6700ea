package io.harvest4j.extended.model;

import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.extended.internal.ModelText;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * A change of a user's assignment to a project, for {@code UserAssignments.update}. On the wire: XML
 * {@code <user-assignment><user-id>…</user-id>…</user-assignment>}, JSON
 * {@code {"user_assignment":{…}}}; fields not set are not sent.
 */
public final class UserAssignmentUpdate {

    private Long userId;
    private Long projectId;
    private Boolean deactivated;
    private BigDecimal hourlyRate;
    private Boolean isProjectManager;

    private UserAssignmentUpdate() {
        // for the binders
    }

    private UserAssignmentUpdate(Builder builder) {
        this.userId = builder.userId;
        this.projectId = builder.projectId;
        this.deactivated = builder.deactivated;
        this.hourlyRate = builder.hourlyRate;
        this.isProjectManager = builder.isProjectManager;
    }

    /** @return a builder with nothing set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the user's id; empty when not sent */
    public Optional<Long> userId() {
        return Optional.ofNullable(userId);
    }

    /** @return the project's id; empty when not sent */
    public Optional<Long> projectId() {
        return Optional.ofNullable(projectId);
    }

    /** @return whether the user may no longer log hours to the project; empty when not sent */
    public Optional<Boolean> deactivated() {
        return Optional.ofNullable(deactivated);
    }

    /** @return the user's hourly rate on the project; empty when not sent */
    public Optional<BigDecimal> hourlyRate() {
        return Optional.ofNullable(hourlyRate);
    }

    /** @return whether the user manages the project; empty when not sent */
    public Optional<Boolean> isProjectManager() {
        return Optional.ofNullable(isProjectManager);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof UserAssignmentUpdate && Arrays.equals(values(), ((UserAssignmentUpdate) other).values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    @Override
    public String toString() {
        return ModelText.describe("UserAssignmentUpdate", "userId", userId, "projectId", projectId, "deactivated", deactivated,
                "hourlyRate", hourlyRate, "isProjectManager", isProjectManager);
    }

    private Object[] values() {
        return new Object[] {userId, projectId, deactivated, hourlyRate, isProjectManager};
    }

    /**
     * Builds a {@link UserAssignmentUpdate}; each value is checked as it is set, so a bad one fails at once,
     * naming the field. A field not set is not sent.
     */
    public static final class Builder {
        private Long userId;
        private Long projectId;
        private Boolean deactivated;
        private BigDecimal hourlyRate;
        private Boolean isProjectManager;

        private Builder() {
        }

        /**
         * @param userId the user's id: a positive id
         * @return this builder
         * @throws InvalidRequestException when it is not positive
         */
        public Builder userId(long userId) {
            this.userId = Checks.positiveId("UserAssignmentUpdate.userId", userId);
            return this;
        }

        /**
         * @param projectId the project's id: a positive id
         * @return this builder
         * @throws InvalidRequestException when it is not positive
         */
        public Builder projectId(long projectId) {
            this.projectId = Checks.positiveId("UserAssignmentUpdate.projectId", projectId);
            return this;
        }

        /**
         * @param deactivated whether the user may no longer log hours to the project
         * @return this builder
         */
        public Builder deactivated(boolean deactivated) {
            this.deactivated = deactivated;
            return this;
        }

        /**
         * @param hourlyRate the user's hourly rate on the project: not negative, or {@code null} to leave it out
         * @return this builder
         * @throws InvalidRequestException when it is negative
         */
        public Builder hourlyRate(BigDecimal hourlyRate) {
            this.hourlyRate = Checks.notNegative("UserAssignmentUpdate.hourlyRate", hourlyRate);
            return this;
        }

        /**
         * @param isProjectManager whether the user manages the project
         * @return this builder
         */
        public Builder isProjectManager(boolean isProjectManager) {
            this.isProjectManager = isProjectManager;
            return this;
        }

        /**
         * @return the value
         */
        public UserAssignmentUpdate build() {
            return new UserAssignmentUpdate(this);
        }
    }
}
