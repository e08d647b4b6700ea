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

    /** No permission at all: what an answer without {@code project_manager} means. */
    static final ProjectManagerPermissions NONE = new ProjectManagerPermissions();

    private ProjectManagerPermissions() {
        // for the binders
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
}
