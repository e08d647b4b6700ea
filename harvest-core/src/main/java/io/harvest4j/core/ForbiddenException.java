package io.harvest4j.core;

/** 403: the caller may not do this. */
public class ForbiddenException extends ApiException {

    private static final long serialVersionUID = 1L;

    /** @param details what the service answered */
    public ForbiddenException(Details details) {
        super(details, "the caller may not do this");
    }
}
