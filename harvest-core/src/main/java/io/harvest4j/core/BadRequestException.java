package io.harvest4j.core;

/** 400: the call broke a validation rule or a rule of the service; {@link #hint()} usually says which. */
public class BadRequestException extends ApiException {

    private static final long serialVersionUID = 1L;

    /** @param details what the service answered */
    public BadRequestException(Details details) {
        super(details, "the service refused the call as invalid or against its rules; see the Hint");
    }
}
