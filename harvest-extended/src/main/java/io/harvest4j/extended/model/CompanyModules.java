package io.harvest4j.extended.model;

import java.util.Objects;

/**
 * The modules a company has switched on: the API of a module that is off answers as if absent.
 */
public final class CompanyModules {

    private Boolean expenses;
    private Boolean invoices;
    private Boolean estimates;
    private Boolean approval;

    /** Every module off: what an answer without {@code modules} means. */
    static final CompanyModules NONE = new CompanyModules();

    private CompanyModules() {
        // for the binders
    }

    /** @return whether expenses are on ({@code false} when the service left it out) */
    public boolean expenses() {
        return Boolean.TRUE.equals(expenses);
    }

    /** @return whether invoices are on ({@code false} when the service left it out) */
    public boolean invoices() {
        return Boolean.TRUE.equals(invoices);
    }

    /** @return whether estimates are on (the v1 API has no estimates calls) ({@code false} when the service left it out) */
    public boolean estimates() {
        return Boolean.TRUE.equals(estimates);
    }

    /** @return whether timesheet approval is on ({@code false} when the service left it out) */
    public boolean approval() {
        return Boolean.TRUE.equals(approval);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CompanyModules)) {
            return false;
        }
        CompanyModules that = (CompanyModules) other;
        return Objects.equals(expenses, that.expenses)
                && Objects.equals(invoices, that.invoices)
                && Objects.equals(estimates, that.estimates)
                && Objects.equals(approval, that.approval);
    }

    @Override
    public int hashCode() {
        return Objects.hash(expenses, invoices, estimates, approval);
    }

    @Override
    public String toString() {
        return "CompanyModules{expenses=" + expenses
                + ", invoices=" + invoices
                + ", estimates=" + estimates
                + ", approval=" + approval + '}';
    }
}
