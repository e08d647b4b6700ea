package io.harvest4j.tests.simulator.internal;

import java.math.BigDecimal;

/**
 * A project of a client ({@code /projects}): {@code client_id, name, code, active, billable,
 * bill_by, hourly_rate, budget_by, budget, notify_when_over_budget,
 * over_budget_notification_percentage, over_budget_notified_at, show_budget_to_all, starts_on,
 * ends_on, notes, cost_budget, cost_budget_include_expenses} (the {@code hint_*_record_at} dates
 * are computed from its entries when written). Guarded by the {@link Account}'s lock (it can be
 * archived and changed).
 */
public final class Project extends WireEntity {

    /**
     * @param clientId the client
     * @param name the name
     * @param code the code (may be empty)
     * @param billable whether billable
     * @param active whether active (archived otherwise)
     */
    public Project(long clientId, String name, String code, boolean billable, boolean active) {
        set("client_id", clientId);
        set("name", name);
        set("code", code);
        set("active", active);
        set("billable", billable);
        set("bill_by", "none");
        set("budget_by", "none");
        set("notify_when_over_budget", false);
        set("over_budget_notification_percentage", BigDecimal.valueOf(80));
        set("show_budget_to_all", false);
        set("notes", "");
        set("cost_budget_include_expenses", false);
    }

    /** @return the client's id */
    public long clientId() {
        return integer("client_id");
    }

    /** @return the name */
    public String name() {
        return text("name");
    }

    /** @return the code */
    public String code() {
        return text("code");
    }

    /** @return whether billable */
    public boolean isBillable() {
        return flag("billable");
    }

    /** @return whether active */
    public boolean isActive() {
        return flag("active");
    }

    /** @param active whether active */
    public void setActive(boolean active) {
        set("active", active);
    }
}
