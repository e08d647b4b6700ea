package io.harvest4j.extended.internal;

import java.util.Objects;

/**
 * The body that names an existing resource by its id alone: {@code <task><id>653425</id></task>}
 * to assign a task to a project, {@code <user><id>23445</id></user>} to assign a user (JSON
 * {@code {"task":{"id":653425}}}); the root is the call's {@code WireShape}. Not part of the API.
 */
public final class IdReference {

    private Long id;

    private IdReference() {
        // for the binders
    }

    /**
     * @param id a checked, positive id
     * @return the body naming it
     */
    public static IdReference of(long id) {
        IdReference reference = new IdReference();
        reference.id = id;
        return reference;
    }

    /** @return the id named */
    public long id() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof IdReference && Objects.equals(id, ((IdReference) other).id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "IdReference{id=" + id + "}";
    }
}
