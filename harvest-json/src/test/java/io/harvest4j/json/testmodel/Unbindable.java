package io.harvest4j.json.testmodel;

import java.util.List;
import java.util.UUID;

/** Classes the codec cannot bind, whatever the body says. */
public final class Unbindable {

    private Unbindable() {
    }

    /** No no-argument constructor. */
    public static final class NoDefaultConstructor {
        private long id;

        /** @param id the id */
        public NoDefaultConstructor(long id) {
            this.id = id;
        }

        /** @return the id */
        public long id() {
            return id;
        }
    }

    /** A field of a type without a conversion. */
    public static final class UnsupportedField {
        private UUID uuid;

        private UnsupportedField() {
        }

        /** @return the uuid */
        public UUID uuid() {
            return uuid;
        }
    }

    /** A list without its type argument. */
    public static final class RawList {
        @SuppressWarnings("rawtypes")
        private List items;

        private RawList() {
        }

        /** @return the items */
        @SuppressWarnings("rawtypes")
        public List items() {
            return items;
        }
    }

    /** A constructor that fails. */
    public static final class FailingConstructor {
        private long id;

        private FailingConstructor() {
            throw new IllegalStateException("refusing to be built");
        }

        /** @return the id */
        public long id() {
            return id;
        }
    }
}
