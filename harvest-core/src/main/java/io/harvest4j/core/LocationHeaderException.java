package io.harvest4j.core;

import java.util.Optional;

/**
 * A create was answered as a success, but its {@code Location} header, which names the new
 * resource, is missing or does not end with an id. <strong>The resource may well have been
 * created</strong>: the service processed the call; only its id is unknown. Look for it (list the
 * collection) before creating it again.
 */
public class LocationHeaderException extends HarvestException {

    private static final long serialVersionUID = 1L;

    /** @serial the answer's status */
    private final int status;
    /** @serial the {@code Location} header as it came, or {@code null} */
    private final String location;

    /**
     * @param call what was sent, as {@code POST /clients}
     * @param status the answer's status
     * @param location the {@code Location} header, or {@code null} when there was none
     */
    public LocationHeaderException(String call, int status, String location) {
        super(call + " answered " + status + (location == null
                ? " without the Location header that names the new resource"
                : " with a Location header that does not end with an id: '" + abbreviate(location) + "'")
                + "; the resource may have been created: look for it before creating it again");
        this.status = status;
        this.location = location;
    }

    /** @return the answer's status */
    public int status() {
        return status;
    }

    /** @return the {@code Location} header as it came; empty when there was none */
    public Optional<String> location() {
        return Optional.ofNullable(location);
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
