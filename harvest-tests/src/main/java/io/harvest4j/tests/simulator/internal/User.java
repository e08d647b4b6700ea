package io.harvest4j.tests.simulator.internal;

import java.math.BigDecimal;
import java.time.ZoneId;

/**
 * A person of the account ({@code /people}, root {@code user}): credentials, role, time zone and
 * the documented fields {@code email, first_name, last_name, has_access_to_all_future_projects,
 * default_hourly_rate, is_active, is_admin, is_contractor, telephone, department, timezone}. The
 * password is never part of an answer; a person created through the API has none (the service
 * mailed them password-setup instructions), so they cannot sign in with Basic credentials.
 * Guarded by the {@link Account}'s lock.
 */
public final class User extends WireEntity {

    private final String password;
    private final boolean canSeeRates;
    private final boolean canCreateProjects;
    private final boolean canCreateInvoices;

    /**
     * @param email the e-mail address (the Basic user name, compared ignoring case)
     * @param password the password, or null for none
     * @param firstName the first name
     * @param lastName the last name
     * @param admin whether an administrator
     * @param timezoneName the Rails name of the time zone (one of {@link RailsTimeZones})
     * @param zone the Java zone of it (ignored: the name decides)
     * @param canSeeRates a project-manager permission
     * @param canCreateProjects a project-manager permission
     * @param canCreateInvoices a project-manager permission
     */
    public User(String email, String password, String firstName, String lastName, boolean admin,
            String timezoneName, ZoneId zone, boolean canSeeRates, boolean canCreateProjects, boolean canCreateInvoices) {
        this.password = password;
        this.canSeeRates = canSeeRates;
        this.canCreateProjects = canCreateProjects;
        this.canCreateInvoices = canCreateInvoices;
        set("email", email);
        set("first_name", firstName);
        set("last_name", lastName);
        set("has_access_to_all_future_projects", false);
        set("is_active", true);
        set("is_admin", admin);
        set("is_contractor", false);
        set("telephone", "");
        set("department", "");
        set("timezone", timezoneName);
    }

    /** @return the e-mail address */
    public String email() {
        return text("email");
    }

    /**
     * @param candidate a password
     * @return whether it is this user's (never for a user without a password)
     */
    public boolean hasPassword(String candidate) {
        return password != null && password.equals(candidate);
    }

    /** @return the first name */
    public String firstName() {
        return text("first_name");
    }

    /** @return the last name */
    public String lastName() {
        return text("last_name");
    }

    /** @return whether an administrator */
    public boolean isAdmin() {
        return flag("is_admin");
    }

    /** @return whether active (an archived person cannot sign in) */
    public boolean isActive() {
        return flag("is_active");
    }

    /** @param active whether active */
    public void setActive(boolean active) {
        set("is_active", active);
    }

    /** @return whether assigned to every project created from now on */
    public boolean hasAccessToAllFutureProjects() {
        return flag("has_access_to_all_future_projects");
    }

    /** @return the hourly rate new assignments start with, or null */
    public BigDecimal defaultHourlyRate() {
        return decimal("default_hourly_rate");
    }

    /** @return the Rails name of the time zone */
    public String timezoneName() {
        return text("timezone");
    }

    /** @return the time zone */
    public ZoneId zone() {
        return RailsTimeZones.zone(timezoneName()).orElse(ZoneId.of("UTC"));
    }

    /** @return a project-manager permission */
    public boolean canSeeRates() {
        return canSeeRates;
    }

    /** @return a project-manager permission */
    public boolean canCreateProjects() {
        return canCreateProjects;
    }

    /** @return a project-manager permission */
    public boolean canCreateInvoices() {
        return canCreateInvoices;
    }
}
