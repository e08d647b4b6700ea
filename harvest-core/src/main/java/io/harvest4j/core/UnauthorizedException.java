package io.harvest4j.core;

/** 401: the credentials or the OAuth token were not accepted. */
public class UnauthorizedException extends ApiException {

    private static final long serialVersionUID = 1L;

    /** @param details what the service answered */
    public UnauthorizedException(Details details) {
        super(details, "the credentials or the token were not accepted");
    }
}
