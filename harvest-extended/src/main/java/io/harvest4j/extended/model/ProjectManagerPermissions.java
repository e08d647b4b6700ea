package io.harvest4j.extended.model;

import java.util.Objects;

/**
 * What a user may do as a project manager.
 */
public final class ProjectManagerPermissions {

    private Boolean isProjectManager;
    private Boolean canSeeRates;
    private Boolean canCreateProjects;
    private Boolean canCreateInvoices;

    private ProjectManagerPermissions() {
        // for the binders
    }

    private ProjectManagerPermissions(Builder builder) {
        this.isProjectManager = builder.isProjectManager;
        this.canSeeRates = builder.canSeeRates;
        this.canCreateProjects = builder.canCreateProjects;
        this.canCreateInvoices = builder.canCreateInvoices;
    }

    /** @return a builder, for tests and for code that makes its own values */
    public static Builder builder() {
        return new Builder();
    }

    /** @return whether the user manages projects ({@code false} when the service left it out) */
    public boolean isProjectManager() {
        return Boolean.TRUE.equals(isProjectManager);
    }

    /** @return whether they may see billable rates ({@code false} when the service left it out) */
    public boolean canSeeRates() {
        return Boolean.TRUE.equals(canSeeRates);
    }

    /** @return whether they may create projects ({@code false} when the service left it out) */
    public boolean canCreateProjects() {
        return Boolean.TRUE.equals(canCreateProjects);
    }

    /** @return whether they may create invoices ({@code false} when the service left it out) */
    public boolean canCreateInvoices() {
        return Boolean.TRUE.equals(canCreateInvoices);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ProjectManagerPermissions)) {
            return false;
        }
        ProjectManagerPermissions that = (ProjectManagerPermissions) other;
        return Objects.equals(isProjectManager, that.isProjectManager)
                && Objects.equals(canSeeRates, that.canSeeRates)
                && Objects.equals(canCreateProjects, that.canCreateProjects)
                && Objects.equals(canCreateInvoices, that.canCreateInvoices);
    }

    @Override
    public int hashCode() {
        return Objects.hash(isProjectManager, canSeeRates, canCreateProjects, canCreateInvoices);
    }

    @Override
    public String toString() {
        return "ProjectManagerPermissions{isProjectManager=" + isProjectManager
                + ", canSeeRates=" + canSeeRates
                + ", canCreateProjects=" + canCreateProjects
                + ", canCreateInvoices=" + canCreateInvoices + '}';
    }

    /** Builds a {@link ProjectManagerPermissions}. */
    public static final class Builder {
        private Boolean isProjectManager;
        private Boolean canSeeRates;
        private Boolean canCreateProjects;
        private Boolean canCreateInvoices;

        private Builder() {
        }

        public Builder isProjectManager(Boolean isProjectManager) {
            this.isProjectManager = isProjectManager;
            return this;
        }

        public Builder canSeeRates(Boolean canSeeRates) {
            this.canSeeRates = canSeeRates;
            return this;
        }

        public Builder canCreateProjects(Boolean canCreateProjects) {
            this.canCreateProjects = canCreateProjects;
            return this;
        }

        public Builder canCreateInvoices(Boolean canCreateInvoices) {
            this.canCreateInvoices = canCreateInvoices;
            return this;
        }

        public ProjectManagerPermissions build() {
            return new ProjectManagerPermissions(this);
        }
    }
}
