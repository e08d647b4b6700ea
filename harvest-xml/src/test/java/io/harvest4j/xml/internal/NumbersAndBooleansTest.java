package io.harvest4j.xml.internal;

import static io.harvest4j.xml.internal.XmlBodies.WIDGET;
import static io.harvest4j.xml.internal.XmlBodies.widget;
import static org.assertj.core.api.Assertions.assertThat;

import io.harvest4j.core.CodecException;
import io.harvest4j.core.testing.Widget;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A whole number or a boolean, in every form a body may write it, reads as its
 * {@link ScalarSyntax} reads the stripped text: the same value, or an error, by the direct reading
 * and by JAXB (which reads the text the {@link RailsXmlReader} replays) alike.
 */
class NumbersAndBooleansTest {

    private static final List<String> NUMBERS = List.of(
            "7", " 7 ", "\n\t7\r\n", "+7", "-7", "-0", "+0", "007", "0",
            "999999999", "1000000000", "2147483647", "2147483648", "-2147483648", "-2147483649",
            "123456789012345678", "-123456789012345678", "1234567890123456789",
            "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
            "", " ", "\n", "+", "-", "--7", "+-7", "1 2", "7a", "a7", "7.0", "1e3", "0x1F",
            "\u00A07", "\u20037\u2003", "\u0663", "\uFF17", "7\u0000");

    private static final List<String> BOOLEANS = List.of(
            "true", "false", " true ", "\nfalse\t", "TRUE", "False", "1", "0", "yes", "", " ", "t rue", "truee",
            "\u2003true", "true\u00A0");

    private final JaxbXmlCodec direct = JaxbXmlCodec.create();
    private final JaxbXmlCodec jaxbOnly = JaxbXmlCodec.create(false);

    @Test
    void aLongReadsAsTheSyntaxReadsIt() {
        for (String text : NUMBERS) {
            check("id", text, Widget::id, stripped -> (Long) ScalarSyntax.LONG.parse(stripped), 0L);
            check("owner-id", text, Widget::ownerId, stripped -> (Long) ScalarSyntax.LONG.parse(stripped), null);
        }
    }

    @Test
    void anIntegerReadsAsTheSyntaxReadsIt() {
        for (String text : NUMBERS) {
            check("count", text, Widget::count, stripped -> (Integer) ScalarSyntax.INT.parse(stripped), null);
        }
    }

    @Test
    void aBooleanReadsAsTheSyntaxReadsIt() {
        for (String text : BOOLEANS) {
            check("active", text, Widget::active, stripped -> (Boolean) ScalarSyntax.BOOLEAN.parse(stripped), null);
            check("billable", text, Widget::billable, stripped -> (Boolean) ScalarSyntax.BOOLEAN.parse(stripped), false);
        }
    }

    @Test
    void theReplayedTextIsReadByJaxbAsTheDirectReadingReadsIt() {
        byte[] body = widget("<id> 0042 </id><owner-id>-7</owner-id><count>+3</count><active> false </active>"
                + "<billable>true</billable>");

        Widget read = jaxbOnly.decode(body, Widget.class, WIDGET);

        assertThat(read.id()).isEqualTo(42L);
        assertThat(read.ownerId()).isEqualTo(-7L);
        assertThat(read.count()).isEqualTo(3);
        assertThat(read.active()).isFalse();
        assertThat(read.billable()).isTrue();
        assertThat(direct.decode(body, Widget.class, WIDGET)).usingRecursiveComparison().isEqualTo(read);
    }

    /**
     * @param element the element
     * @param text its text, as written
     * @param field reads the field from a widget
     * @param syntax the oracle: what the syntax makes of the stripped text (or throws)
     * @param absent the field when the element is skipped (no text)
     */
    private <T> void check(String element, String text, Function<Widget, T> field, Function<String, T> syntax,
            T absent) {
        byte[] body = widget("<" + element + ">" + text.replace("&", "&amp;").replace("<", "&lt;") + "</" + element + ">");
        Object byDirect = outcome(() -> field.apply(direct.decode(body, Widget.class, WIDGET)));
        Object byJaxb = outcome(() -> field.apply(jaxbOnly.decode(body, Widget.class, WIDGET)));
        String stripped = text.strip();
        Object expected;
        if (stripped.isEmpty()) {
            expected = "value " + absent;
        } else {
            try {
                expected = "value " + syntax.apply(stripped);
            } catch (IllegalArgumentException e) {
                expected = "error";
            }
        }
        String what = "<" + element + "> holding '" + text.replace("\n", "\\n") + "'";
        assertThat(byDirect).as(what + ", read directly").isEqualTo(expected);
        assertThat(byJaxb).as(what + ", read by JAXB").isEqualTo(expected);
    }

    private static Object outcome(Callable<?> decode) {
        try {
            return "value " + decode.call();
        } catch (CodecException e) {
            return "error";
        } catch (Exception e) {
            return "unexpected " + e;
        }
    }
}
