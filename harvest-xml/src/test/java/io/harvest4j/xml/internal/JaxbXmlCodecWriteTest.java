package io.harvest4j.xml.internal;

import static io.harvest4j.xml.internal.XmlBodies.REQUEST;
import static io.harvest4j.xml.internal.XmlBodies.WIDGET;
import static io.harvest4j.xml.internal.XmlBodies.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.CodecException;
import io.harvest4j.core.testing.Entry;
import io.harvest4j.core.testing.Part;
import io.harvest4j.core.testing.Widget;
import io.harvest4j.xml.testmodel.Unbindable;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/** Writing request bodies in the naming of each part of the API. */
class JaxbXmlCodecWriteTest {

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private final JaxbXmlCodec codec = JaxbXmlCodec.create();

    private static Widget fullWidget() {
        return Widget.builder()
                .id(11072L)
                .name("Acme & Sons <Ltd> \"quoted\" Zo\u00eb \u2615")
                .code("")
                .notes("line one\nline two")
                .hours(new BigDecimal("1.50"))
                .active(Boolean.TRUE)
                .billable(true)
                .count(3)
                .ownerId(7L)
                .spentAt(LocalDate.of(2006, 10, 18))
                .createdAt(OffsetDateTime.of(2011, 11, 17, 10, 19, 57, 0, ZoneOffset.UTC))
                .mainPart(Part.of("Bolt", 3L, new BigDecimal("0.25")))
                .spareParts(List.of(Part.of("Nut", 4L, null), Part.of("Washer", null, BigDecimal.TEN)))
                .build();
    }

    @Test
    void writesHyphenatedNames() {
        String xml = text(codec.encode(fullWidget(), WIDGET));

        assertThat(xml).startsWith(DECLARATION + "<widget>").endsWith("</widget>")
                .contains("<id>11072</id>", "<owner-id>7</owner-id>", "<spent-at>2006-10-18</spent-at>",
                        "<created-at>2011-11-17T10:19:57Z</created-at>", "<hours>1.50</hours>",
                        "<main-part><name>Bolt</name><part-id>3</part-id><unit-price>0.25</unit-price></main-part>",
                        "<spare-parts><spare-part><name>Nut</name><part-id>4</part-id></spare-part>",
                        "<active>true</active>", "<billable>true</billable>", "<count>3</count>")
                .doesNotContain("standalone", "_", "ownerId", "xmlns");
    }

    @Test
    void keepsCarriageReturnsAsCharacterReferencesSoTheyArriveUnchanged() {
        Entry entry = Entry.of(0, 3L, new BigDecimal("1.5"), "line one\r\nline two\rend", LocalDate.of(2006, 10, 18), null);

        byte[] body = codec.encode(entry, REQUEST);

        assertThat(text(body)).contains("<notes>line one&#13;\nline two&#13;end</notes>");
        assertThat(codec.decode(body, Entry.class, REQUEST).notes()).isEqualTo("line one\r\nline two\rend");
    }

    @Test
    void escapesTextAndWritesUtf8() throws Exception {
        byte[] body = codec.encode(fullWidget(), WIDGET);

        XMLStreamReader reader = XMLInputFactory.newDefaultFactory().createXMLStreamReader(new ByteArrayInputStream(body));
        reader.nextTag();
        reader.nextTag();
        assertThat(reader.getElementText()).isEqualTo("11072");
        reader.nextTag();
        assertThat(reader.getLocalName()).isEqualTo("name");
        assertThat(reader.getElementText()).isEqualTo("Acme & Sons <Ltd> \"quoted\" Zo\u00eb \u2615");
        assertThat(reader.getEncoding()).isEqualTo("UTF-8");
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("Zo\u00eb \u2615");
    }

    @Test
    void reportsAValueItCannotWrite() {
        assertThatThrownBy(() -> codec.encode(Unbindable.create(), WIDGET))
                .isInstanceOf(CodecException.class)
                .hasMessageStartingWith("cannot bind " + Unbindable.class.getName()
                        + " to application/xml with Jakarta XML Binding: ")
                .hasMessageContaining("Runnable");
        assertThatThrownBy(() -> codec.decode(XmlBodies.bytes("<widget/>"), Unbindable.class, WIDGET))
                .isInstanceOf(CodecException.class)
                .hasMessageStartingWith("cannot bind " + Unbindable.class.getName());
    }
}
