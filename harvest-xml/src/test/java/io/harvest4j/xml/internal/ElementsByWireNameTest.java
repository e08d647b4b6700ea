package io.harvest4j.xml.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.harvest4j.core.codec.WireNaming;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A model's elements are found by the name a body gives them without renaming it, for the
 * spellings the service writes, and by renaming it for any other: either way, the element is the
 * one {@link WireNaming#toProperty} names.
 */
class ElementsByWireNameTest {

    private static final ElementBinding HOURS = ElementBinding.scalar(BigDecimal.class);

    private final ModelBindings.Elements elements = new ModelBindings.Elements(Map.of(
            "id", ElementBinding.scalar(long.class),
            "createdAt", ElementBinding.TEXT,
            "isHTMLSafe", ElementBinding.TEXT,
            "line2", ElementBinding.TEXT,
            "hours", HOURS,
            "legacy_code", ElementBinding.TEXT));

    @ParameterizedTest
    @ValueSource(strings = {"created-at", "created_at", "createdAt", "created--at", "-created-at-", "created-_at"})
    void findsAnElementByAnySpellingOfItsName(String wire) {
        ModelBindings.Child child = elements.byWire(wire);

        assertThat(child.property()).isEqualTo("createdAt");
        assertThat(child.binding()).isSameAs(ElementBinding.TEXT);
    }

    @Test
    void findsNamesWithCapitalsAndDigitsAsRenamingDoes() {
        assertThat(elements.byWire("is-h-t-m-l-safe").property()).isEqualTo("isHTMLSafe");
        assertThat(elements.byWire("is_h_t_m_l_safe").property()).isEqualTo("isHTMLSafe");
        assertThat(elements.byWire("is-html-safe")).isNull();
        assertThat(elements.byWire("line2").property()).isEqualTo("line2");
        assertThat(elements.byWire("hours").binding()).isSameAs(HOURS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Created-At", "CREATED_AT", "createdat", "created.at", "created-at-x", "notes", "",
        "legacy_code", "legacy-code", "legacyCode"})
    void findsNothingForANameNoElementHas(String wire) {
        // a Java name with an underscore is no element's: renaming makes "legacyCode" of "legacy_code"
        assertThat(elements.byWire(wire)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "i-d", "_id", "created-at", "createdAt", "is-h-t-m-l-safe", "isHTMLSafe",
        "line-2", "line2", "line_2", "hours", "hours-", "legacy_code", "legacyCode", "unknown", "Id"})
    void findsWhatRenamingFinds(String wire) {
        ModelBindings.Child child = elements.byWire(wire);
        String property = WireNaming.toProperty(wire);
        ElementBinding renamed = elements.byProperty().get(property);
        ElementBinding found = child == null ? null : child.binding();

        assertThat(found).isSameAs(renamed);
        if (child != null) {
            assertThat(child.property()).isEqualTo(property);
        }
    }
}
