package io.harvest4j.extended.internal;

import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.internal.Checks;
import java.math.BigDecimal;

/**
 * What the models and request types of the Extended API share: their {@code toString} form, and
 * the checks of values {@link Checks} has no wording for. Not part of the API.
 */
public final class ModelText {

    private ModelText() {
    }

    /**
     * @param type the class's simple name
     * @param namesAndValues each field's name followed by its value
     * @return {@code Client{id=1, name=Acme}}, fields left out ({@code null}) not shown
     */
    public static String describe(String type, Object... namesAndValues) {
        StringBuilder text = new StringBuilder(type).append('{');
        String separator = "";
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value != null) {
                text.append(separator).append(namesAndValues[i]).append('=')
                        .append(value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : value);
                separator = ", ";
            }
        }
        return text.append('}').toString();
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
