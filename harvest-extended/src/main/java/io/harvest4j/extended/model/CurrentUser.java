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

    private CurrentUser(Builder builder) {
        this.timezone = builder.timezone;
        this.timezoneUtcOffset = builder.timezoneUtcOffset;
        this.id = builder.id;
        this.email = builder.email;
        this.admin = builder.admin;
        this.firstName = builder.firstName;
        this.lastName = builder.lastName;
        this.avatarUrl = builder.avatarUrl;
        this.projectManager = builder.projectManager;
        this.timestampTimers = builder.timestampTimers;
    }

    /** @return a builder, for tests and for code that makes its own values */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the user's time zone, by its Rails name ({@code Pacific Time (US & Canada)}) */
    public String timezone() {
        return timezone;
    }

    /** @return the time zone's offset from UTC in seconds */
    public Optional<Integer> timezoneUtcOffset() {
        return Optional.ofNullable(timezoneUtcOffset);
    }

    /** @return the user's id */
    public long id() {
        return id;
    }

    /** @return the user's email address */
    public String email() {
        return email;
    }

    /** @return whether the user is an administrator ({@code false} when the service left it out) */
    public boolean isAdmin() {
        return Boolean.TRUE.equals(admin);
    }

    /** @return the first name */
    public String firstName() {
        return firstName;
    }

    /** @return the last name */
    public String lastName() {
        return lastName;
    }

    /** @return the address of the user's picture */
    public String avatarUrl() {
        return avatarUrl;
    }

    /** @return what the user may do as a project manager */
    public ProjectManagerPermissions projectManager() {
        return projectManager;
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

    /** Builds a {@link CurrentUser}. */
    public static final class Builder {
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

        private Builder() {
        }

        public Builder timezone(String timezone) {
            this.timezone = timezone;
            return this;
        }

        public Builder timezoneUtcOffset(Integer timezoneUtcOffset) {
            this.timezoneUtcOffset = timezoneUtcOffset;
            return this;
        }

        public Builder id(long id) {
            this.id = id;
            return this;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Builder admin(Boolean admin) {
            this.admin = admin;
            return this;
        }

        public Builder firstName(String firstName) {
            this.firstName = firstName;
            return this;
        }

        public Builder lastName(String lastName) {
            this.lastName = lastName;
            return this;
        }

        public Builder avatarUrl(String avatarUrl) {
            this.avatarUrl = avatarUrl;
            return this;
        }

        public Builder projectManager(ProjectManagerPermissions projectManager) {
            this.projectManager = projectManager;
            return this;
        }

        public Builder timestampTimers(Boolean timestampTimers) {
            this.timestampTimers = timestampTimers;
            return this;
        }

        public CurrentUser build() {
            return new CurrentUser(this);
        }
    }
}
