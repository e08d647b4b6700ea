package io.harvest4j.tests.simulator.internal;

import java.time.ZoneId;

/** A person of the account: credentials, role and time zone. Immutable but for its table's stamps. */
public final class User extends Entity {

    private final String email;
    private final String password;
    private final String firstName;
    private final String lastName;
    private final boolean admin;
    private final String timezoneName;
    private final ZoneId zone;
    private final boolean canSeeRates;
    private final boolean canCreateProjects;
    private final boolean canCreateInvoices;

    /**
     * @param email the e-mail address (the Basic user name, compared ignoring case)
     * @param password the password
     * @param firstName the first name
     * @param lastName the last name
     * @param admin whether an administrator
     * @param timezoneName the Rails name of the time zone
     * @param zone the Java zone of it
     * @param canSeeRates a project-manager permission
     * @param canCreateProjects a project-manager permission
     * @param canCreateInvoices a project-manager permission
     */
    public User(String email, String password, String firstName, String lastName, boolean admin,
            String timezoneName, ZoneId zone, boolean canSeeRates, boolean canCreateProjects, boolean canCreateInvoices) {
        this.email = email;
        this.password = password;
        this.firstName = firstName;
        this.lastName = lastName;
        this.admin = admin;
        this.timezoneName = timezoneName;
        this.zone = zone;
        this.canSeeRates = canSeeRates;
        this.canCreateProjects = canCreateProjects;
        this.canCreateInvoices = canCreateInvoices;
    }

    /** @return the e-mail address */
    public String email() {
        return email;
    }

    /**
     * @param candidate a password
     * @return whether it is this user's
     */
    public boolean hasPassword(String candidate) {
        return password.equals(candidate);
    }

    /** @return the first name */
    public String firstName() {
        return firstName;
    }

    /** @return the last name */
    public String lastName() {
        return lastName;
    }

    /** @return whether an administrator */
    public boolean isAdmin() {
        return admin;
    }

    /** @return the Rails name of the time zone */
    public String timezoneName() {
        return timezoneName;
    }

    /** @return the time zone */
    public ZoneId zone() {
        return zone;
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
