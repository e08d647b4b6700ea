package io.harvest4j.tests.simulator.internal;

import java.math.BigDecimal;

/**
 * A task of the company's task list ({@code /tasks}): {@code name, billable_by_default,
 * deactivated, default_hourly_rate, is_default}. Guarded by the {@link Account}'s lock.
 */
public final class Task extends WireEntity {

    /**
     * @param name the name
     * @param billableByDefault whether billable by default
     */
    public Task(String name, boolean billableByDefault) {
        set("name", name);
        set("billable_by_default", billableByDefault);
        set("deactivated", false);
        set("is_default", false);
    }

    /** @return the name */
    public String name() {
        return text("name");
    }

    /** @return whether billable by default */
    public boolean isBillableByDefault() {
        return flag("billable_by_default");
    }

    /** @return whether archived */
    public boolean isDeactivated() {
        return flag("deactivated");
    }

    /** @return whether assigned to every new project */
    public boolean isDefault() {
        return flag("is_default");
    }

    /** @return the default hourly rate, or null */
    public BigDecimal defaultHourlyRate() {
        return decimal("default_hourly_rate");
    }
}
