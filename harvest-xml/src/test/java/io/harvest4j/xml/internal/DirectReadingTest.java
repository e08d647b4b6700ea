package io.harvest4j.xml.internal;

import static io.harvest4j.xml.internal.XmlBodies.WIDGET;
import static io.harvest4j.xml.internal.XmlBodies.WIDGETS;
import static io.harvest4j.xml.internal.XmlBodies.bytes;
import static io.harvest4j.xml.internal.XmlBodies.widget;
import static org.assertj.core.api.Assertions.assertThat;

import io.harvest4j.core.CodecException;
import io.harvest4j.core.codec.DecodedItems;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.testing.Part;
import io.harvest4j.core.testing.Widget;
import io.harvest4j.xml.testmodel.Crate;
import io.harvest4j.xml.testmodel.Gadget;
import io.harvest4j.xml.testmodel.Unbindable;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The classes of the model convention are read without JAXB (a fresh JVM's first call then makes
 * no JAXBContext); the answer must be JAXB's own, value for value and error for error. Each body
 * here is decoded both ways and the outcomes compared.
 */
class DirectReadingTest {

    private static final WireShape CRATE = WireShape.object("crate").build();

    private final JaxbXmlCodec direct = JaxbXmlCodec.create();
    private final JaxbXmlCodec jaxbOnly = JaxbXmlCodec.create(false);

    @Test
    void readsTheConventionDirectlyAndLeavesTheRestToJaxb() {
        ModelReader reader = new ModelReader(new ModelBindings());

        assertThat(reader.canRead(Widget.class)).isTrue();
        assertThat(reader.canRead(Part.class)).isTrue();
        assertThat(reader.canRead(Crate.class)).isTrue();
        assertThat(reader.canRead(Gadget.class)).as("property access").isFalse();
        assertThat(reader.canRead(Unbindable.class)).as("an interface field").isFalse();
        assertThat(reader.canRead(String.class)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "<id>7</id><name>Acme</name><code></code><notes/><owner-id>42</owner-id><hours>1.50</hours>"
                + "<active>true</active><billable>1</billable><count>+3</count>",
        "<name>  spaced  </name><code>\n</code><notes>a<!-- c -->b<![CDATA[<c>]]>&amp;d</notes>",
        "<name>first</name><name>second</name><hours>1</hours><hours/>",
        "<name>outer<b>bold</b>text</name>",
        "<spent-at>2024-02-29</spent-at><created-at>2011-11-17T10:19:57Z</created-at>",
        "<spent-at>Wed, 18 Oct 2006</spent-at><created-at>Thu, 17 Nov 2011 10:19:57 +0000</created-at>",
        "<spent-at nil=\"true\"/><created-at type=\"datetime\" nil=\"true\"></created-at><name nil=\"true\">x</name>",
        "<main-part><name>Bolt</name><part-id>2</part-id><unit-price>0.25</unit-price></main-part>",
        "<main-part/><main-part><name>second</name></main-part>",
        "<main-part nil=\"true\"/>",
        "<spare-parts type=\"array\"/>",
        "<spare-parts type=\"array\"><spare-part><name>A</name></spare-part><note>x</note>"
                + "<spare-part nil=\"true\"/><spare_part><name>B</name></spare_part></spare-parts>",
        "<spare-parts><spare-part><name>A</name></spare-part></spare-parts><spare-parts><spare-part><name>B</name></spare-part></spare-parts>",
        "<spare-parts nil=\"true\"/>",
        "<unknown><deep>1</deep></unknown><name type=\"string\">A</name>",
        // every spelling of a name: the service's, Java's, and odd ones read by renaming
        "<owner_id>1</owner_id><spent_at>2024-02-29</spent_at><main_part><part_id>2</part_id></main_part>",
        "<ownerId>1</ownerId><spentAt>2024-02-29</spentAt><mainPart><partId>2</partId></mainPart>",
        "<owner--id>1</owner--id><-name->A</-name-><_count_>3</_count_><owner-_id>4</owner-_id>",
        "<OWNER-ID>1</OWNER-ID><Name>A</Name><ownerid>2</ownerid><owner.id>3</owner.id><owner-id-x>4</owner-id-x>",
        "<spare_parts><spare_part><name>A</name></spare_part><sparePart><name>B</name></sparePart></spare_parts>",
        "<owner-id>1</owner-id><owner_id>2</owner_id><ownerId nil=\"true\"/><owner-id/>",
        "<hours>1</hours><hours nil=\"true\">2</hours><hours> </hours><count>1</count><count>2</count>",
        // refused: the error must be JAXB's too
        "<spent-at>yesterday</spent-at>",
        "<created-at>2011-13-45T99:00:00Z</created-at>",
        "<hours>abc</hours>",
        "<count>99999999999</count>",
        "<name>unclosed",
        "<id><value>1</value></id>",
    })
    void aWidgetReadsAsJaxbReadsIt(String elements) {
        byte[] body = widget(elements);

        Object byJaxb = outcome(() -> jaxbOnly.decode(body, Widget.class, WIDGET));
        assertThat(outcome(() -> direct.decode(body, Widget.class, WIDGET))).isEqualTo(byJaxb);
        // what JAXB reads, the direct reading reads by itself, without falling back
        assertThat(direct.readDirectly(body, Widget.class, WIDGET) != null).isEqualTo(isValue(byJaxb));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<widgets type=\"array\"></widgets>",
        "<widgets><widget><name>A</name></widget><widget nil=\"true\"/><other/><widget><hours>2</hours>"
                + "<spare-parts><spare-part><name>P</name></spare-part></spare-parts></widget></widgets>",
        "<widgets><widget><count>x</count></widget></widgets>",
        "<things><widget/></things>",
        "",
    })
    void aListReadsAsJaxbReadsIt(String document) {
        byte[] body = bytes(document);

        Object byJaxb = outcome(() -> jaxbOnly.decodeList(body, Widget.class, WIDGETS));
        assertThat(outcome(() -> direct.decodeList(body, Widget.class, WIDGETS))).isEqualTo(byJaxb);
        assertThat(direct.readListDirectly(body, Widget.class, WIDGETS, "widget") != null).isEqualTo(isValue(byJaxb));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<crate/>",
        "<crate><part><name>A</name></part><size>3</size><part><name>B</name></part><part nil=\"true\"/></crate>",
        "<crate><labels><label>x</label><label> y </label><label/><other>z</other></labels><sealed>true</sealed></crate>",
        "<crate><labels/><weight> 12 </weight><note></note></crate>",
        "<crate><size>1.5</size></crate>",
        "<crate><id type=\"integer\">9</id><created-at>2011-11-17T10:19:57Z</created-at><size>2</size></crate>",
        "<crate><created-at>never</created-at></crate>",
    })
    void aCrateReadsAsJaxbReadsIt(String document) {
        byte[] body = bytes(document);

        Object byJaxb = outcome(() -> jaxbOnly.decode(body, Crate.class, CRATE));
        assertThat(outcome(() -> direct.decode(body, Crate.class, CRATE))).isEqualTo(byJaxb);
        assertThat(direct.readDirectly(body, Crate.class, CRATE) != null).isEqualTo(isValue(byJaxb));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<widgets type=\"array\"></widgets>",
        "<widgets><widget><name>A</name><spent-at>2024-02-29</spent-at></widget><widget nil=\"true\"/><other/>"
                + "<widget><hours>2</hours><created_at>2011-11-17T10:19:57Z</created_at><spare-parts><spare-part>"
                + "<name>P</name></spare-part></spare-parts></widget><widget><spent-at>2024-03-01</spent-at></widget>"
                + "</widgets>",
        "<widgets><widget><owner_id>1</owner_id><Owner-Id>2</Owner-Id><owner--id>3</owner--id></widget></widgets>",
        "<widgets><widget><id>1</id></widget><widget><count>x</count></widget></widgets>",
        "<widgets><widget><id>1</id></widget><widget><name>unclosed</widget></widgets>",
        "<widgets><widget><hours>1.5</hours></widget><widget><hours><b>2</b></hours></widget></widgets>",
    })
    void aStreamReadsAsJaxbReadsIt(String document) {
        byte[] body = bytes(document);

        assertThat(outcome(() -> streamed(direct, body))).isEqualTo(outcome(() -> streamed(jaxbOnly, body)));
    }

    private static List<Widget> streamed(JaxbXmlCodec codec, byte[] body) {
        List<Widget> items = new ArrayList<>();
        try (DecodedItems<Widget> decoded = codec.decodeItems(new ByteArrayInputStream(body), Widget.class, WIDGETS,
                1 << 20)) {
            decoded.forEachRemaining(items::add);
        }
        return items;
    }

    private static boolean isValue(Object outcome) {
        return outcome.toString().startsWith("value ") || outcome.toString().startsWith("list ");
    }

    /** The value (by its {@code toString}, which shows null and empty apart) or the error's type and message. */
    private static Object outcome(Callable<?> decode) {
        try {
            Object value = decode.call();
            return value instanceof List ? "list " + value : "value " + value;
        } catch (CodecException e) {
            return "error " + e.getMessage();
        } catch (Exception e) {
            return "unexpected " + e;
        }
    }
}
