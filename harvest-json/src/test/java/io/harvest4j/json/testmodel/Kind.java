package io.harvest4j.json.testmodel;

/** A test enum. */
public enum Kind {
    /** A small widget. */
    SMALL,
    /** A rather large widget. */
    RATHER_LARGE
}
