package io.harvest4j.core.codec;

/**
 * How a part of the API spells its field names in XML. JSON is underscored everywhere.
 *
 * <p>Java properties are camel case ({@code createdAt}); codecs translate.
 */
public enum WireNaming {

    /** {@code created-at}: the Extended REST API's XML. */
    HYPHENATED('-'),

    /** {@code created_at}: the Time Tracking API's XML, and all JSON. */
    UNDERSCORED('_');

    private final char separator;

    WireNaming(char separator) {
        this.separator = separator;
    }

    /** @return the character between words */
    public char separator() {
        return separator;
    }

    /**
     * @param property a Java property name, {@code createdAt}
     * @return its wire name, {@code created-at} or {@code created_at}
     */
    public String toWire(String property) {
        StringBuilder wire = new StringBuilder(property.length() + 4);
        for (int i = 0; i < property.length(); i++) {
            char c = property.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    wire.append(separator);
                }
                wire.append(Character.toLowerCase(c));
            } else {
                wire.append(c);
            }
        }
        return wire.toString();
    }

    /**
     * Reads a wire name in either spelling.
     *
     * @param wire {@code created-at} or {@code created_at}
     * @return the Java property name, {@code createdAt}
     */
    public static String toProperty(String wire) {
        StringBuilder property = new StringBuilder(wire.length());
        boolean upper = false;
        for (int i = 0; i < wire.length(); i++) {
            char c = wire.charAt(i);
            if (c == '-' || c == '_') {
                upper = property.length() > 0;
            } else {
                property.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return property.toString();
    }
}
