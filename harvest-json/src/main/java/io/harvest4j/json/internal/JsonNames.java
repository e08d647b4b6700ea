package io.harvest4j.json.internal;

/**
 * Spells Java property names the way the wire does, exactly as JSON-B's
 * {@code PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES} does in Yasson (which writes the
 * bodies), so that reading and writing agree: an underscore goes before an upper-case letter that
 * follows a lower-case one, and everything is lower-cased ({@code createdAt} is {@code created_at},
 * {@code dayEntries} is {@code day_entries}, {@code userID} is {@code user_id}).
 */
final class JsonNames {

    private JsonNames() {
    }

    /**
     * @param property a Java property name
     * @return its JSON name
     */
    static String wireName(String property) {
        StringBuilder wire = new StringBuilder(property.length() + 4);
        char last = Character.MIN_VALUE;
        for (int i = 0; i < property.length(); i++) {
            char current = property.charAt(i);
            if (i > 0 && Character.isUpperCase(current) && Character.isAlphabetic(last) && Character.isLowerCase(last)) {
                wire.append('_');
            }
            last = current;
            wire.append(Character.toLowerCase(current));
        }
        return wire.toString();
    }

    /**
     * @param key a key read from a body, possibly hyphenated ({@code created-at})
     * @return the key in the underscored spelling
     */
    static String underscored(String key) {
        return key.indexOf('-') < 0 ? key : key.replace('-', '_');
    }
}
