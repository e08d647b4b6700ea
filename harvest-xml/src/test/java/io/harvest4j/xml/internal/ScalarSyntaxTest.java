package io.harvest4j.xml.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * A scalar's text is parsed once, by the syntax of its type: the value the model reader sets, and
 * the text JAXB reads.
 */
class ScalarSyntaxTest {

    @Test
    void parsesEachKindOfValueToItsType() {
        assertThat(ScalarSyntax.INT.parse("+3")).isEqualTo(3);
        assertThat(ScalarSyntax.LONG.parse("-9000000000")).isEqualTo(-9_000_000_000L);
        assertThat(ScalarSyntax.SHORT.parse("12")).isEqualTo((short) 12);
        assertThat(ScalarSyntax.BYTE.parse("-1")).isEqualTo((byte) -1);
        assertThat(ScalarSyntax.BIG_INTEGER.parse("123456789012345678901234567890"))
                .isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(ScalarSyntax.DECIMAL.parse("1.50")).isEqualTo(new BigDecimal("1.50"));
        assertThat(ScalarSyntax.BOOLEAN.parse("TRUE")).isEqualTo(Boolean.TRUE);
        assertThat(ScalarSyntax.BOOLEAN.parse("0")).isEqualTo(Boolean.FALSE);
        assertThat(ScalarSyntax.FLOATING.parse("INF")).isEqualTo("INF");
        assertThat(ScalarSyntax.FLOATING.parse("1e3")).isEqualTo("1e3");
        assertThat(ScalarSyntax.OTHER.parse("Wed, 18 Oct 2006")).isEqualTo("Wed, 18 Oct 2006");
    }

    @Test
    void showsJaxbTheTextAsItWasButABooleanInItsOwnWords() {
        assertThat(ScalarSyntax.textOf("+3", ScalarSyntax.INT.parse("+3"))).isEqualTo("+3");
        assertThat(ScalarSyntax.textOf("1.50", ScalarSyntax.DECIMAL.parse("1.50"))).isEqualTo("1.50");
        assertThat(ScalarSyntax.textOf("1", ScalarSyntax.BOOLEAN.parse("1"))).isEqualTo("true");
        assertThat(ScalarSyntax.textOf("False", ScalarSyntax.BOOLEAN.parse("False"))).isEqualTo("false");
    }

    @Test
    void refusesWhatIsNotOfTheSyntax() {
        assertThatThrownBy(() -> ScalarSyntax.INT.parse("99999999999")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> ScalarSyntax.LONG.parse("1.5")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> ScalarSyntax.DECIMAL.parse("1e999999999")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> ScalarSyntax.FLOATING.parse("abc")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> ScalarSyntax.BOOLEAN.parse("yes")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numbersAreInAsciiDigitsOnly() {
        // Java's parsers read the digits of every script; XML Schema, and JAXB for an int, do not
        for (ScalarSyntax syntax : new ScalarSyntax[] {ScalarSyntax.INT, ScalarSyntax.LONG, ScalarSyntax.SHORT,
            ScalarSyntax.BYTE, ScalarSyntax.BIG_INTEGER, ScalarSyntax.DECIMAL, ScalarSyntax.FLOATING}) {
            assertThatThrownBy(() -> syntax.parse("\u0663")).as(syntax.name()).isInstanceOf(NumberFormatException.class);
            assertThatThrownBy(() -> syntax.parse("1\uFF17")).as(syntax.name()).isInstanceOf(NumberFormatException.class);
            assertThat(syntax.parse("17")).as(syntax.name()).isNotNull();
        }
    }
}
