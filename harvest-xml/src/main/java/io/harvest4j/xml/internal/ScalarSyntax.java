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
        Object parse(String value) {
            return Integer.valueOf(ascii(value));
        }
    },

    /** {@code long}/{@link Long}. */
    LONG("an integer") {
        @Override
        Object parse(String value) {
            return Long.valueOf(ascii(value));
        }
    },

    /** {@code short}/{@link Short}. */
    SHORT("a small integer") {
        @Override
        Object parse(String value) {
            return Short.valueOf(ascii(value));
        }
    },

    /** {@code byte}/{@link Byte}. */
    BYTE("a byte") {
        @Override
        Object parse(String value) {
            return Byte.valueOf(ascii(value));
        }
    },

    /** {@link BigInteger}. */
    BIG_INTEGER("an integer") {
        @Override
        Object parse(String value) {
            return new BigInteger(ascii(value));
        }
    },

    /** {@link BigDecimal}: money, hours, rates. */
    DECIMAL("a decimal number") {
        @Override
        Object parse(String value) {
            BigDecimal decimal = new BigDecimal(ascii(value));
            // an exponent as long as the digits may be (1e999999999) costs that many digits to print or round
            if (Math.abs((long) decimal.scale()) > MAX_NUMBER_LENGTH) {
                throw new NumberFormatException("out of range");
            }
            return decimal;
        }
    },

    /**
     * {@code double}/{@code float} and their boxes; XML Schema's {@code INF} and {@code NaN} too.
     * The value is the text, which JAXB reads.
     */
    FLOATING("a number") {
        @Override
        Object parse(String value) {
            if (!value.equals("INF") && !value.equals("-INF") && !value.equals("NaN")) {
                new BigDecimal(ascii(value));
            }
            return value;
        }
    },

    /** {@code boolean}/{@link Boolean}: {@code true}, {@code false}, {@code 1}, {@code 0}. */
    BOOLEAN("a boolean") {
        @Override
        Object parse(String value) {
            String lower = value.toLowerCase(Locale.ROOT);
            if (lower.equals("true") || lower.equals("1")) {
                return Boolean.TRUE;
            }
            if (lower.equals("false") || lower.equals("0")) {
                return Boolean.FALSE;
            }
            throw new IllegalArgumentException("not true or false");
        }
    },

    /** Anything else (dates through their adapters, enums): JAXB and the adapters judge. The value is the text. */
    OTHER("a value") {
        @Override
        Object parse(String value) {
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

    /**
     * XML Schema writes numbers in ASCII digits; Java's parsers take the digits of every script
     * ({@code "\u0663"} is 3 to {@code Long.valueOf}), and JAXB's own for {@code int} does not, so a
     * value would read one way directly and another through JAXB.
     *
     * @param value a number's text
     * @return the text
     * @throws NumberFormatException when a character of it is not ASCII
     */
    private static String ascii(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= 0x80) {
                throw new NumberFormatException("not in ASCII digits");
            }
        }
        return value;
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
     * @return the value it holds: an {@link Integer}, a {@link Long}, a {@link BigDecimal}, a
     *     {@link Boolean}…; for {@link #FLOATING} and {@link #OTHER}, the text itself
     * @throws IllegalArgumentException (a {@link NumberFormatException} for numbers) when the text
     *     is not of this syntax
     */
    abstract Object parse(String value);

    /**
     * @param value the element's text without surrounding white space, never empty
     * @param parsed what {@link #parse} made of it
     * @return the text JAXB is to read: the value as it was, but a boolean's in JAXB's words
     */
    static String textOf(String value, Object parsed) {
        return parsed instanceof Boolean ? parsed.toString() : value;
    }

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
