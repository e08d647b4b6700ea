package io.harvest4j.tests.simulator;

import io.harvest4j.tests.simulator.internal.User;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A person of the simulated account as they were when read ({@link Resource#USERS}); the password
 * is not part of it. Immutable.
 */
public final class UserSnapshot extends Snapshot {

    private final String email;
    private final String firstName;
    private final String lastName;
    private final boolean admin;
    private final String timezone;
    private final boolean active;
    private final boolean contractor;
    private final boolean accessToAllFutureProjects;
    private final BigDecimal defaultHourlyRate;

    UserSnapshot(User user) {
        super(user);
        this.email = user.email();
        this.firstName = user.firstName();
        this.lastName = user.lastName();
        this.admin = user.isAdmin();
        this.timezone = user.timezoneName();
        this.active = user.isActive();
        this.contractor = Boolean.TRUE.equals(user.value("is_contractor"));
        this.accessToAllFutureProjects = user.hasAccessToAllFutureProjects();
        this.defaultHourlyRate = user.defaultHourlyRate();
    }

    /** @return the e-mail address (the Basic user name) */
    public String email() {
        return email;
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

    /** @return the time zone's Rails name ({@code Eastern Time (US & Canada)}) */
    public String timezone() {
        return timezone;
    }

    /** @return whether active (false: archived, cannot sign in) */
    public boolean isActive() {
        return active;
    }

    /** @return whether a contractor */
    public boolean isContractor() {
        return contractor;
    }

    /** @return whether assigned to every project created from now on */
    public boolean hasAccessToAllFutureProjects() {
        return accessToAllFutureProjects;
    }

    /** @return the hourly rate new assignments start with, if any */
    public Optional<BigDecimal> defaultHourlyRate() {
        return Optional.ofNullable(defaultHourlyRate);
    }

    @Override
    public String toString() {
        return "UserSnapshot[id=" + id() + ", " + email + (admin ? ", administrator" : "") + "]";
    }
}
