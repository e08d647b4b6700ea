package io.harvest4j.xml.internal;

import static io.harvest4j.xml.internal.XmlBodies.DAY_ENTRIES;
import static io.harvest4j.xml.internal.XmlBodies.WIDGET;
import static io.harvest4j.xml.internal.XmlBodies.WIDGETS;
import static io.harvest4j.xml.internal.XmlBodies.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.CodecException;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.testing.Entry;
import io.harvest4j.core.testing.Part;
import io.harvest4j.core.testing.Widget;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The document element and lists, as each operation's {@link WireShape} declares them. */
class JaxbXmlCodecShapeTest {

    private static final WireShape CATEGORY = WireShape.object("invoice_item_category")
            .alsoAccepting("invoice_category").build();

    private final JaxbXmlCodec codec = JaxbXmlCodec.create();

    @Test
    void readsAListWithoutTypeArray() {
        List<Widget> widgets = codec.decodeList(bytes("<widgets><widget><name>One</name></widget>"
                + "<widget><name>Two</name></widget><widget/></widgets>"), Widget.class, WIDGETS);

        assertThat(widgets).extracting(Widget::name).containsExactly("One", "Two", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<widgets type=\"array\"/>",
        "<widgets type=\"array\"></widgets>",
        "<widgets>\n  \n</widgets>",
        "<?xml version=\"1.0\"?><widgets><!-- none --></widgets>"
    })
    void readsAnEmptyListAsEmpty(String body) {
        assertThat(codec.decodeList(bytes(body), Widget.class, WIDGETS)).isEmpty();
    }

    @Test
    void skipsNilItemsAndElementsThatAreNotItems() {
        List<Widget> widgets = codec.decodeList(bytes("<widgets type=\"array\"><widget nil=\"true\"/>"
                + "<total type=\"integer\">3</total><widget><name>One</name></widget>"
                + "<page><widget><name>nested, not an item</name></widget></page></widgets>"),
                Widget.class, WIDGETS);

        assertThat(widgets).extracting(Widget::name).containsExactly("One");
    }

    @Test
    void readsAListInEitherSpelling() {
        String underscored = "<day_entries type=\"array\"><day_entry><project_id>3</project_id>"
                + "<hours type=\"float\">1.5</hours></day_entry></day_entries>";
        String hyphenated = "<day-entries type=\"array\"><day-entry><project-id>3</project-id>"
                + "<hours type=\"float\">1.5</hours></day-entry></day-entries>";

        for (String body : List.of(underscored, hyphenated)) {
            List<Entry> entries = codec.decodeList(bytes(body), Entry.class, DAY_ENTRIES);
            assertThat(entries).hasSize(1);
            assertThat(entries.get(0).projectId()).isEqualTo(3L);
            assertThat(entries.get(0).hours()).isEqualByComparingTo("1.5");
        }
    }

    @Test
    void readsAListOfScalars() {
        List<Long> ids = codec.decodeList(bytes("<ids type=\"array\"><id type=\"integer\"> 1 </id><id nil=\"true\"/>"
                + "<id></id><id>3</id></ids>"), Long.class, WireShape.list("ids", "id").build());

        assertThat(ids).containsExactly(1L, 3L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"invoice_item_category", "invoice-item-category", "invoice_category", "invoice-category"})
    void acceptsTheDeclaredRootAndItsAlternatesInEitherSpelling(String root) {
        Part part = codec.decode(bytes("<" + root + "><name>Service</name><unit-price>1</unit-price></" + root + ">"),
                Part.class, CATEGORY);

        assertThat(part).isEqualTo(Part.of("Service", null, BigDecimal.ONE));
    }

    @Test
    void refusesAnotherRoot() {
        assertThatThrownBy(() -> codec.decode(bytes("<client><name>Acme</name></client>"), Part.class, CATEGORY))
                .isInstanceOf(CodecException.class)
                .hasMessageContaining("cannot decode " + Part.class.getName() + " from application/xml body \"<client>")
                .hasMessageContaining("the document element is <client>, not <invoice_item_category> or one of [invoice_category]");
    }

    @Test
    void refusesAListWhereAnObjectIsDeclaredAndTheOtherWayRound() {
        byte[] list = bytes("<widgets type=\"array\"><widget><name>One</name></widget></widgets>");
        byte[] object = bytes("<widget><name>One</name></widget>");

        assertThatThrownBy(() -> codec.decode(list, Widget.class, WIDGET))
                .isInstanceOf(CodecException.class)
                .hasMessageContaining("the document element is <widgets>, not <widget>");
        assertThatThrownBy(() -> codec.decodeList(object, Widget.class, WIDGETS))
                .isInstanceOf(CodecException.class)
                .hasMessageContaining("the list element is <widget>, not <widgets>");
    }

    @Test
    void refusesAListDecodedWithAnObjectShape() {
        assertThatThrownBy(() -> codec.decodeList(bytes("<widgets/>"), Widget.class, WIDGET))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a list shape");
    }

    @Test
    void refusesASecondDocumentElement() {
        assertThatThrownBy(() -> codec.decode(bytes("<widget><name>A</name></widget><widget/>"), Widget.class, WIDGET))
                .isInstanceOf(CodecException.class)
                .hasMessageContaining("line 1");
    }

    @Test
    void refusesAnItemThatDoesNotConvert() {
        assertThatThrownBy(() -> codec.decodeList(bytes("<widgets>\n<widget><hours>1</hours></widget>\n"
                + "<widget><hours>lots</hours></widget>\n</widgets>"), Widget.class, WIDGETS))
                .isInstanceOf(CodecException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("<hours> holds 'lots', not a decimal number");
    }
}
