package io.harvest4j.xml.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/**
 * How the text of a scalar element is checked and put in the form JAXB reads, for each kind of
 * Java value. JAXB's own conversions are lax (an empty {@code int} is 0, a boolean {@code "maybe"}
 * is silently {@code null}); the codec checks first, so a value that does not fit its type is an
 * error that names the element, and white space around a value never matters.
 */
enum ScalarSyntax {

    /** {@code int}/{@link Integer}. */
    INT("an integer") {
        @Override
        String check(String value) {
            Integer.parseInt(value);
            return value;
        }
    },

    /** {@code long}/{@link Long}. */
    LONG("an integer") {
        @Override
        String check(String value) {
            Long.parseLong(value);
            return value;
        }
    },

    /** {@code short}/{@link Short}. */
    SHORT("a small integer") {
        @Override
        String check(String value) {
            Short.parseShort(value);
            return value;
        }
    },

    /** {@code byte}/{@link Byte}. */
    BYTE("a byte") {
        @Override
        String check(String value) {
            Byte.parseByte(value);
            return value;
        }
    },

    /** {@link BigInteger}. */
    BIG_INTEGER("an integer") {
        @Override
        String check(String value) {
            new BigInteger(value);
            return value;
        }
    },

    /** {@link BigDecimal}: money, hours, rates. */
    DECIMAL("a decimal number") {
        @Override
        String check(String value) {
            // an exponent as long as the digits may be (1e999999999) costs that many digits to print or round
            if (Math.abs((long) new BigDecimal(value).scale()) > MAX_NUMBER_LENGTH) {
                throw new NumberFormatException("out of range");
            }
            return value;
        }
    },

    /** {@code double}/{@code float} and their boxes; XML Schema's {@code INF} and {@code NaN} too. */
    FLOATING("a number") {
        @Override
        String check(String value) {
            if (!value.equals("INF") && !value.equals("-INF") && !value.equals("NaN")) {
                new BigDecimal(value);
            }
            return value;
        }
    },

    /** {@code boolean}/{@link Boolean}: {@code true}, {@code false}, {@code 1}, {@code 0}. */
    BOOLEAN("a boolean") {
        @Override
        String check(String value) {
            String lower = value.toLowerCase(Locale.ROOT);
            if (lower.equals("true") || lower.equals("1")) {
                return "true";
            }
            if (lower.equals("false") || lower.equals("0")) {
                return "false";
            }
            throw new IllegalArgumentException("not true or false");
        }
    },

    /** Anything else (dates through their adapters, enums): JAXB and the adapters judge. */
    OTHER("a value") {
        @Override
        String check(String value) {
            return value;
        }
    };

    /**
     * The longest text a number or a boolean may have: more is refused before any parsing (a
     * decimal of a million digits took half a minute to parse). The same bound as the JSON
     * codec's; an hour count or an amount of money never needs more than a few dozen.
     */
    static final int MAX_NUMBER_LENGTH = 1100;

    private final String description;

    ScalarSyntax(String description) {
        this.description = description;
    }

    /** @return the longest text of a value of this syntax, or {@link Integer#MAX_VALUE} when unbounded here */
    int maxLength() {
        return this == OTHER ? Integer.MAX_VALUE : MAX_NUMBER_LENGTH;
    }

    /** @return what a value of this syntax is, for messages: {@code "a decimal number"} */
    String description() {
        return description;
    }

    /**
     * @param value the element's text without surrounding white space, never empty
     * @return the text JAXB is to read
     * @throws IllegalArgumentException (a {@link NumberFormatException} for numbers) when the text
     *     is not of this syntax
     */
    abstract String check(String value);

    /**
     * @param type a Java type bound to an element
     * @return its syntax
     */
    static ScalarSyntax of(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return INT;
        }
        if (type == long.class || type == Long.class) {
            return LONG;
        }
        if (type == short.class || type == Short.class) {
            return SHORT;
        }
        if (type == byte.class || type == Byte.class) {
            return BYTE;
        }
        if (type == BigInteger.class) {
            return BIG_INTEGER;
        }
        if (type == BigDecimal.class) {
            return DECIMAL;
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return FLOATING;
        }
        if (type == boolean.class || type == Boolean.class) {
            return BOOLEAN;
        }
        return OTHER;
    }
}
