package io.harvest4j.core;

/** 404: the resource does not exist, <em>or</em> the caller's role may not see it (the service hides what a role may not touch rather than answering 403). */
public class NotFoundException extends ApiException {

    private static final long serialVersionUID = 1L;

    /** @param details what the service answered */
    public NotFoundException(Details details) {
        super(details, "not found, or not permitted for this user's role");
    }
}
