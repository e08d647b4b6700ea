package io.harvest4j.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.ConfigurationException;
import io.harvest4j.core.InvalidRequestException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void eachCheckNamesWhereTheArgumentWasGiven() {
        assertThatThrownBy(() -> Checks.required("Clients.show: clientId", null))
                .isInstanceOf(InvalidRequestException.class).hasMessage("Clients.show: clientId is required");
        assertThatThrownBy(() -> Checks.positiveId("Clients.show: clientId", 0))
                .hasMessage("Clients.show: clientId is required: 0");
        assertThatThrownBy(() -> Checks.positiveId("Clients.show: clientId", -4))
                .hasMessage("Clients.show: clientId must be a positive id: -4");
        assertThatThrownBy(() -> Checks.setting("HarvestConfig.Builder.format", null))
                .isInstanceOf(ConfigurationException.class).hasMessage("HarvestConfig.Builder.format is required");
    }

    @Test
    void textMustBeSendable() {
        assertThat(Checks.text("NewDayEntry.notes", null)).isNull();
        assertThat(Checks.text("NewDayEntry.notes", "caf\u00e9 \uD83D\uDE00\ttab\r\n")).isNotNull();
        assertThatThrownBy(() -> Checks.text("NewDayEntry.notes", "a\u0000b"))
                .hasMessage("NewDayEntry.notes holds a character that cannot be sent (U+0000 at 1)");
        assertThatThrownBy(() -> Checks.text("NewDayEntry.notes", "\uD83D\uDE00x\uD800"))
                .hasMessage("NewDayEntry.notes holds a character that cannot be sent (U+D800 at 2)");
        assertThatThrownBy(() -> Checks.text("NewDayEntry.notes", "x".repeat(Checks.MAX_TEXT_LENGTH + 1)))
                .hasMessageContaining("at most 10000 characters");
        assertThatThrownBy(() -> Checks.nonBlank("NewClient.name", " \t"))
                .hasMessage("NewClient.name must not be blank");
    }

    @Test
    void hoursDatesAndDurationsHaveTheirBounds() {
        assertThat(Checks.hours("h", new BigDecimal("24"))).isEqualByComparingTo("24");
        assertThatThrownBy(() -> Checks.hours("h", new BigDecimal("24.01"))).hasMessageContaining("at most 24");
        assertThatThrownBy(() -> Checks.hours("h", new BigDecimal("-0.1"))).hasMessageContaining("negative");
        assertThat(Checks.date("d", LocalDate.of(1000, 1, 1))).isNotNull();
        assertThatThrownBy(() -> Checks.date("d", LocalDate.MIN)).hasMessageContaining("years 1000 to 9999");
        assertThatThrownBy(() -> Checks.positive("t", Duration.ZERO)).hasMessage("t must be positive: PT0S");
    }

    @Test
    void amountsAreNotNegativeAndEmailAddressesHaveTwoParts() {
        assertThat(Checks.notNegative("ProjectFields.budget", null)).isNull();
        assertThat(Checks.notNegative("ProjectFields.budget", BigDecimal.ZERO)).isZero();
        assertThatThrownBy(() -> Checks.notNegative("ProjectFields.budget", new BigDecimal("-0.01")))
                .isInstanceOf(InvalidRequestException.class).hasMessage("ProjectFields.budget must not be negative: -0.01");
        assertThat(Checks.email("PersonFields.email", "a+b@example.com")).isEqualTo("a+b@example.com");
        assertThat(Checks.email("PersonFields.email", null)).isNull();
        for (String bad : new String[] {"example.com", "@example.com", "a@", "a b@example.com"}) {
            assertThatThrownBy(() -> Checks.email("PersonFields.email", bad))
                    .isInstanceOf(InvalidRequestException.class).hasMessage("PersonFields.email must be an email address: " + bad);
        }
        assertThatThrownBy(() -> Checks.email("PersonFields.email", " ")).hasMessage("PersonFields.email must not be blank");
    }
}
