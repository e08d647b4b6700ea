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

    /** @return the account's company (an answer without it is refused when read) */
    public Company company() {
        return company;
    }

    /** @return the user the call was made as (an answer without it is refused when read) */
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
}
