package io.harvest4j.extended;

import io.harvest4j.core.InvalidRequestException;
import java.util.Optional;

/** The check of a field a call requires of the request type it is given (a create's name, say). */
final class RequiredFields {

    private RequiredFields() {
    }

    /**
     * @param where the call and the field ({@code Clients.create: client.name})
     * @param value the field as the request type holds it
     * @throws InvalidRequestException when it is not set
     */
    static void require(String where, Optional<?> value) {
        if (value.isEmpty() || value.get() instanceof String && ((String) value.get()).isBlank()) {
            throw new InvalidRequestException(where + " is required");
        }
    }
}
