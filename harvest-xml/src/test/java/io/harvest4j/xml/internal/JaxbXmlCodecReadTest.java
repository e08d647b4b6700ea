package io.harvest4j.xml.internal;

import static io.harvest4j.xml.internal.XmlBodies.WIDGET;
import static io.harvest4j.xml.internal.XmlBodies.bytes;
import static io.harvest4j.xml.internal.XmlBodies.widget;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.CodecException;
import io.harvest4j.core.codec.DecodedItems;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.testing.Part;
import io.harvest4j.core.testing.Widget;
import io.harvest4j.xml.testmodel.Gadget;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading the service's Rails XML into models that follow the convention. */
class JaxbXmlCodecReadTest {

    private static final OffsetDateTime NOV_17_2011 = OffsetDateTime.of(2011, 11, 17, 10, 19, 57, 0, ZoneOffset.UTC);

    private final JaxbXmlCodec codec = JaxbXmlCodec.create();

    private Widget decodeWidget(String elements) {
        return codec.decode(widget(elements), Widget.class, WIDGET);
    }

    @Test
    void readsSchemaInstanceNilAsNullToo() {
        Widget widget = decodeWidget("<name xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>"
                + "<hours nil=\" TRUE \">1</hours>");

        assertThat(widget.name()).isNull();
        assertThat(widget.hours()).isNull();
    }

    @Test
    void readsTypeHintsAndIgnoresThem() {
        Widget widget = decodeWidget("<name type=\"string\">Acme</name><active type=\"boolean\">true</active>"
                + "<billable type=\"boolean\">1</billable><count type=\"integer\">5</count>"
                + "<hours type=\"float\">1.25</hours><spare-parts type=\"array\"/>");

        assertThat(widget.name()).isEqualTo("Acme");
        assertThat(widget.active()).isTrue();
        assertThat(widget.billable()).isTrue();
        assertThat(widget.count()).isEqualTo(5);
        assertThat(widget.hours()).isEqualByComparingTo("1.25");
        assertThat(widget.spareParts()).isEmpty();
    }

    @Test
    void readsValuesWithWhiteSpaceAroundThem() {
        Widget widget = decodeWidget("<id type=\"integer\">\n   123\n</id><owner-id> 42 </owner-id>"
                + "<hours type=\"float\">\n 0.87\n</hours><active>\n\ttrue\n</active><count> +3 </count>"
                + "<main-part><part-id>\r\n-2\r\n</part-id></main-part>"
                + "<spent-at type=\"date\">\n  Wed, 18 Oct 2006\n</spent-at>"
                + "<created-at type=\"datetime\">\n  Thu, 17 Nov 2011\n  10:19:57 +0000\n</created-at>");

        assertThat(widget.id()).isEqualTo(123L);
        assertThat(widget.ownerId()).isEqualTo(42L);
        assertThat(widget.hours()).isEqualByComparingTo("0.87");
        assertThat(widget.active()).isTrue();
        assertThat(widget.count()).isEqualTo(3);
        assertThat(widget.mainPart().partId()).isEqualTo(-2L);
        assertThat(widget.spentAt()).isEqualTo(LocalDate.of(2006, 10, 18));
        assertThat(widget.createdAt()).isEqualTo(NOV_17_2011);
    }

    @Test
    void readsCharacterDataAndEscapes() {
        Widget widget = decodeWidget("<name><![CDATA[Fish & <Chips>]]></name><code>Pacific Time (US &amp; Canada) &#x263A;</code>"
                + "<hours><![CDATA[ 1.5 ]]></hours>");

        assertThat(widget.name()).isEqualTo("Fish & <Chips>");
        assertThat(widget.code()).isEqualTo("Pacific Time (US & Canada) \u263A");
        assertThat(widget.hours()).isEqualByComparingTo("1.5");
    }

    @Test
    void ignoresUnknownElementsAtEveryLevel() {
        Widget widget = decodeWidget("<highrise-id type=\"integer\">568902</highrise-id>"
                + "<name>Acme</name>"
                + "<cache-version type=\"integer\">0</cache-version>"
                + "<somewhere><deep><deeper nil=\"true\"/><deeper>x</deeper></deep></somewhere>"
                + "<main-part><colour>red</colour><name>Bolt</name></main-part>"
                + "<spare-parts type=\"array\"><note>not a part</note><spare-part><name>Nut</name><x/></spare-part></spare-parts>"
                + "<hours>1</hours>");

        assertThat(widget.name()).isEqualTo("Acme");
        assertThat(widget.mainPart().name()).isEqualTo("Bolt");
        assertThat(widget.spareParts()).containsExactly(Part.of("Nut", null, null));
        assertThat(widget.hours()).isEqualByComparingTo("1");
    }

    @Test
    void ignoresCommentsProcessingInstructionsAndNamespaces() {
        Widget widget = codec.decode(bytes("<?xml version=\"1.0\"?>\n<!-- a comment -->\n"
                + "<widget xmlns=\"urn:example\" xmlns:x=\"urn:other\"><?pi data?><x:name>Acme</x:name>"
                + "<hours><!-- two -->2</hours></widget>\n<!-- after -->\n"), Widget.class, WIDGET);

        assertThat(widget.name()).isEqualTo("Acme");
        assertThat(widget.hours()).isEqualByComparingTo("2");
    }

    @Test
    void toleratesWhiteSpaceBeforeTheDeclaration() {
        Widget widget = codec.decode(bytes("\n\n  <?xml version=\"1.0\" encoding=\"UTF-8\"?><widget><name>A</name></widget>"),
                Widget.class, WIDGET);

        assertThat(widget.name()).isEqualTo("A");
    }

    @Test
    void readsEncodingsOtherThanUtf8() {
        byte[] body = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><widget><name>Zo\u00eb</name></widget>"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        assertThat(codec.decode(body, Widget.class, WIDGET).name()).isEqualTo("Zo\u00eb");
    }

    @Test
    void readsUtf16AndAByteOrderMark() {
        String document = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><widget><name>Zo\u00eb \u2615</name></widget>";
        byte[] utf8WithMark = bytes("\ufeff" + document.replace("UTF-16", "UTF-8"));

        for (byte[] body : List.of(document.getBytes(java.nio.charset.StandardCharsets.UTF_16),
                document.getBytes(java.nio.charset.StandardCharsets.UTF_16LE),
                document.getBytes(java.nio.charset.StandardCharsets.UTF_16BE), utf8WithMark)) {
            assertThat(codec.decode(body, Widget.class, WIDGET).name()).isEqualTo("Zo\u00eb \u2615");
        }
    }

    @Test
    void readsAClassOutsideTheConventionByRenamingAlone() {
        Gadget gadget = codec.decode(bytes("<gadget><name>G</name><part-count type=\"integer\">3</part-count>"
                + "<unknown>1</unknown></gadget>"), Gadget.class, WireShape.object("gadget").build());

        assertThat(gadget.getName()).isEqualTo("G");
        assertThat(gadget.getPartCount()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<hours>abc</hours>|<hours> holds 'abc', not a decimal number",
        "<count>1 2</count>|<count> holds '1 2', not an integer",
        "<count>12.5</count>|<count> holds '12.5', not an integer",
        "<count>99999999999</count>|<count> holds '99999999999', not an integer",
        "<id type=\"integer\">seven</id>|<id> holds 'seven', not an integer",
        "<active>maybe</active>|<active> holds 'maybe', not a boolean",
        "<main-part><unit-price>1,5</unit-price></main-part>|<unit-price> holds '1,5', not a decimal number",
        "<spent-at>yesterday</spent-at>|<spent-at> cannot be read: Text 'yesterday' could not be parsed",
        "<created-at>2011-13-45T99:00:00Z</created-at>|<created-at> cannot be read",
        "<id><value>1</value></id>|<id> should hold an integer, not an element <value>"
    })
    void refusesAValueThatIsNotOfItsType(String elementAndReason) {
        String[] parts = elementAndReason.split("\\|");
        byte[] body = widget(parts[0]);

        assertThatThrownBy(() -> codec.decode(body, Widget.class, WIDGET))
                .isInstanceOf(CodecException.class)
                .hasMessageStartingWith("cannot decode " + Widget.class.getName() + " from application/xml body \"<?xml")
                .hasMessageContaining(parts[1])
                .hasMessageContaining("line ");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<widget>\n  <name>A</name>\n  <hours type=\"decimal\">x</hours></widget>"
                + "|line 3, column 3: <hours> holds 'x', not a decimal number",
        "<widget>\n  <count>\n 99999999999 </count></widget>|line 2, column 3: <count> holds '99999999999', not an integer",
        "<widget><id>1</id>\n<id><b/></id></widget>|line 2, column 1: <id> should hold an integer, not an element <b>",
        "<widget><active>true</active><active><!-- c --> maybe</active></widget>"
                + "|line 1, column 30: <active> holds 'maybe', not a boolean",
    })
    void namesWhereTheElementOfAValueNotOfItsTypeStarts(String bodyAndReason) {
        String[] parts = bodyAndReason.split("\\|");

        assertThatThrownBy(() -> codec.decode(bytes(parts[0]), Widget.class, WIDGET))
                .isInstanceOf(CodecException.class)
                .hasMessageEndingWith("\" (" + parts[0].length() + " bytes): " + parts[1]);
    }

    @Test
    void namesWhereTheElementOfAStreamedValueNotOfItsTypeStarts() {
        byte[] body = bytes("<widgets>\n<widget><id>1</id></widget>\n  <widget><owner-id>7</owner-id><count>x</count>"
                + "</widget></widgets>");

        try (DecodedItems<Widget> items = codec.decodeItems(new ByteArrayInputStream(body), Widget.class,
                XmlBodies.WIDGETS, 1 << 20)) {
            assertThat(items.next().id()).isEqualTo(1);
            assertThatThrownBy(items::next)
                    .isInstanceOf(CodecException.class)
                    .hasMessage("cannot decode a list of " + Widget.class.getName()
                            + " from application/xml: line 3, column 33: <count> holds 'x', not an integer");
        }
    }
}
