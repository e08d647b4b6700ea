package io.harvest4j.extended.internal;

import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.internal.Checks;
import java.math.BigDecimal;

/**
 * The checks of the Extended API's values that {@link Checks} has no wording for: amounts and email
 * addresses. Each names where the value was given. Not part of the API.
 */
public final class ValueChecks {

    private ValueChecks() {
    }

    /**
     * @param where where the amount was given ({@code ProjectFields.hourlyRate})
     * @param amount a rate, budget, price or percentage, or {@code null} for none
     * @return the amount
     * @throws InvalidRequestException when it is negative
     */
    public static BigDecimal notNegative(String where, BigDecimal amount) {
        if (amount != null && amount.signum() < 0) {
            throw new InvalidRequestException(where + " must not be negative: " + amount.toPlainString());
        }
        return amount;
    }

    /**
     * @param where where the address was given
     * @param email an email address, or {@code null} for none
     * @return the address
     * @throws InvalidRequestException when it is blank, holds no {@code @}, or cannot be sent
     */
    public static String email(String where, String email) {
        if (email == null) {
            return null;
        }
        Checks.nonBlank(where, email);
        int at = email.indexOf('@');
        if (at <= 0 || at == email.length() - 1 || email.strip().contains(" ")) {
            throw new InvalidRequestException(where + " must be an email address: " + email);
        }
        return email;
    }
}
