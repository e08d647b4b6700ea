package io.harvest4j.extended.model;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * What every resource of the Extended API's read models has: its id and its two time stamps. Not
 * part of the API on its own: its accessors are those of each model.
 */
abstract class Resource {

    long id;
    OffsetDateTime createdAt;
    OffsetDateTime updatedAt;

    Resource() {
        // for the binders, through the models' own constructors
    }

    /** @return the resource's id ({@code 0} when the service left it out, as some documented examples do) */
    public long id() {
        return id;
    }

    /** @return when the resource was created; empty when the service left it out */
    public Optional<OffsetDateTime> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    /** @return when the resource was last changed; empty when the service left it out */
    public Optional<OffsetDateTime> updatedAt() {
        return Optional.ofNullable(updatedAt);
    }
}
