package io.harvest4j.extended.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The user a call is made as, as {@code who_am_i} describes them.
 */
public final class CurrentUser {

    private String timezone;
    private Integer timezoneUtcOffset;
    private long id;
    private String email;
    private Boolean admin;
    private String firstName;
    private String lastName;
    private String avatarUrl;
    private ProjectManagerPermissions projectManager;
    private Boolean timestampTimers;

    private CurrentUser() {
        // for the binders
    }

    /** @return the user's time zone, by its Rails name ({@code Pacific Time (US & Canada)}); empty when the service left it out */
    public String timezone() {
        return timezone == null ? "" : timezone;
    }

    /** @return the time zone's offset from UTC in seconds */
    public Optional<Integer> timezoneUtcOffset() {
        return Optional.ofNullable(timezoneUtcOffset);
    }

    /** @return the user's id */
    public long id() {
        return id;
    }

    /** @return the user's email address; empty when the service left it out */
    public String email() {
        return email == null ? "" : email;
    }

    /** @return whether the user is an administrator ({@code false} when the service left it out) */
    public boolean isAdmin() {
        return Boolean.TRUE.equals(admin);
    }

    /** @return the first name; empty when the service left it out */
    public String firstName() {
        return firstName == null ? "" : firstName;
    }

    /** @return the last name; empty when the service left it out */
    public String lastName() {
        return lastName == null ? "" : lastName;
    }

    /** @return the address of the user's picture; empty when the service left it out */
    public String avatarUrl() {
        return avatarUrl == null ? "" : avatarUrl;
    }

    /** @return what the user may do as a project manager; nothing when the service left it out */
    public ProjectManagerPermissions projectManager() {
        return projectManager == null ? ProjectManagerPermissions.NONE : projectManager;
    }

    /** @return whether the account logs time as start and end times rather than durations ({@code false} when the service left it out) */
    public boolean usesTimestampTimers() {
        return Boolean.TRUE.equals(timestampTimers);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof CurrentUser)) {
            return false;
        }
        CurrentUser that = (CurrentUser) other;
        return Objects.equals(timezone, that.timezone)
                && Objects.equals(timezoneUtcOffset, that.timezoneUtcOffset)
                && id == that.id
                && Objects.equals(email, that.email)
                && Objects.equals(admin, that.admin)
                && Objects.equals(firstName, that.firstName)
                && Objects.equals(lastName, that.lastName)
                && Objects.equals(avatarUrl, that.avatarUrl)
                && Objects.equals(projectManager, that.projectManager)
                && Objects.equals(timestampTimers, that.timestampTimers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(timezone, timezoneUtcOffset, id, email, admin, firstName, lastName, avatarUrl, projectManager, timestampTimers);
    }

    @Override
    public String toString() {
        return "CurrentUser{timezone=" + timezone
                + ", timezoneUtcOffset=" + timezoneUtcOffset
                + ", id=" + id
                + ", email=" + email
                + ", admin=" + admin
                + ", firstName=" + firstName
                + ", lastName=" + lastName
                + ", avatarUrl=" + avatarUrl
                + ", projectManager=" + projectManager
                + ", timestampTimers=" + timestampTimers + '}';
    }
}
