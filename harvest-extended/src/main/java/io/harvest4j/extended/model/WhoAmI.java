package io.harvest4j.extended.model;

import java.util.Objects;

/**
 * The answer of {@code GET /account/who_am_i}: the account's company and the user the call was
 * made as.
 */
public final class WhoAmI {

    private Company company;
    private CurrentUser user;

    private WhoAmI() {
        // for the binders
    }

    private WhoAmI(Builder builder) {
        this.company = builder.company;
        this.user = builder.user;
    }

    /** @return a builder, for tests and for code that makes its own values */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the account's company */
    public Company company() {
        return company;
    }

    /** @return the user the call was made as */
    public CurrentUser user() {
        return user;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof WhoAmI)) {
            return false;
        }
        WhoAmI that = (WhoAmI) other;
        return Objects.equals(company, that.company)
                && Objects.equals(user, that.user);
    }

    @Override
    public int hashCode() {
        return Objects.hash(company, user);
    }

    @Override
    public String toString() {
        return "WhoAmI{company=" + company
                + ", user=" + user + '}';
    }

    /** Builds a {@link WhoAmI}. */
    public static final class Builder {
        private Company company;
        private CurrentUser user;

        private Builder() {
        }

        public Builder company(Company company) {
            this.company = company;
            return this;
        }

        public Builder user(CurrentUser user) {
            this.user = user;
            return this;
        }

        public WhoAmI build() {
            return new WhoAmI(this);
        }
    }
}
