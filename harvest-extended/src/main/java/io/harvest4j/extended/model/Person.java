package io.harvest4j.extended.model;

import io.harvest4j.extended.internal.ModelText;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * A user of the account, as {@code GET /people} and {@code GET /people/{id or email}} answer it
 * (XML {@code <user>}, JSON {@code {"user":{…}}}). Made by codecs only. The service never sends a
 * password.
 */
public final class Person extends Resource {

    private String email;
    private String firstName;
    private String lastName;
    private Boolean hasAccessToAllFutureProjects;
    private BigDecimal defaultHourlyRate;
    private Boolean isActive;
    private Boolean isAdmin;
    private Boolean isContractor;
    private String telephone;
    private String department;
    private String timezone;

    private Person() {
        // for the binders
    }

    /** @return the user's email address; empty when the service left it out */
    public String email() {
        return email == null ? "" : email;
    }

    /** @return the first name; empty when the service left it out */
    public String firstName() {
        return firstName == null ? "" : firstName;
    }

    /** @return the last name; empty when the service left it out */
    public String lastName() {
        return lastName == null ? "" : lastName;
    }

    /** @return whether the user is added to every new project ({@code false} when the service left it out) */
    public boolean hasAccessToAllFutureProjects() {
        return Boolean.TRUE.equals(hasAccessToAllFutureProjects);
    }

    /** @return the rate the user bills on projects they are added to from now on; empty when the service left it out or sent nil */
    public Optional<BigDecimal> defaultHourlyRate() {
        return Optional.ofNullable(defaultHourlyRate);
    }

    /** @return whether the user may log in and record time (not archived) ({@code false} when the service left it out) */
    public boolean isActive() {
        return Boolean.TRUE.equals(isActive);
    }

    /** @return whether the user is an administrator ({@code false} when the service left it out) */
    public boolean isAdmin() {
        return Boolean.TRUE.equals(isAdmin);
    }

    /** @return whether the user is a contractor ({@code false} when the service left it out) */
    public boolean isContractor() {
        return Boolean.TRUE.equals(isContractor);
    }

    /** @return the telephone number; empty when the service left it out */
    public String telephone() {
        return telephone == null ? "" : telephone;
    }

    /** @return the department; empty when the service left it out */
    public String department() {
        return department == null ? "" : department;
    }

    /** @return the time zone, by the service's name ({@code Eastern Time (US & Canada)}); empty when the service left it out */
    public String timezone() {
        return timezone == null ? "" : timezone;
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Person && Arrays.equals(values(), ((Person) other).values());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values());
    }

    @Override
    public String toString() {
        return ModelText.describe("Person", "id", id, "email", email, "firstName", firstName,
                "lastName", lastName, "hasAccessToAllFutureProjects", hasAccessToAllFutureProjects, "defaultHourlyRate", defaultHourlyRate,
                "isActive", isActive, "isAdmin", isAdmin, "isContractor", isContractor,
                "telephone", telephone, "department", department, "timezone", timezone,
                "createdAt", createdAt, "updatedAt", updatedAt);
    }

    private Object[] values() {
        return new Object[] {id, email, firstName, lastName, hasAccessToAllFutureProjects, defaultHourlyRate,
                isActive, isAdmin, isContractor, telephone, department, timezone,
                createdAt, updatedAt};
    }
}
