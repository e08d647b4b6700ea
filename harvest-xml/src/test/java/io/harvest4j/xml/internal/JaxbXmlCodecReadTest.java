package io.harvest4j.xml.internal;

import static io.harvest4j.xml.internal.XmlBodies.DAILY;
import static io.harvest4j.xml.internal.XmlBodies.TIMER;
import static io.harvest4j.xml.internal.XmlBodies.WIDGET;
import static io.harvest4j.xml.internal.XmlBodies.bytes;
import static io.harvest4j.xml.internal.XmlBodies.widget;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.CodecException;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.xml.testmodel.Daily;
import io.harvest4j.xml.testmodel.DayEntry;
import io.harvest4j.xml.testmodel.Gadget;
import io.harvest4j.xml.testmodel.Part;
import io.harvest4j.xml.testmodel.Timer;
import io.harvest4j.xml.testmodel.Widget;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    void readsHyphenatedNames() {
        Widget widget = decodeWidget(
                "  <id type=\"integer\">11072</id>\n"
                + "  <name>SuprCorp</name>\n"
                + "  <project-id type=\"integer\">7</project-id>\n"
                + "  <created-at type=\"datetime\">2008-04-09T12:07:56Z</created-at>\n"
                + "  <spent-at type=\"date\">2006-10-18</spent-at>\n"
                + "  <main-part>\n"
                + "    <name>Bolt</name>\n"
                + "    <part-id type=\"integer\">3</part-id>\n"
                + "    <unit-price type=\"decimal\">1.50</unit-price>\n"
                + "  </main-part>");

        assertThat(widget.id()).isEqualTo(11072L);
        assertThat(widget.name()).isEqualTo("SuprCorp");
        assertThat(widget.projectId()).isEqualTo(7L);
        assertThat(widget.createdAt()).isEqualTo(OffsetDateTime.of(2008, 4, 9, 12, 7, 56, 0, ZoneOffset.UTC));
        assertThat(widget.spentAt()).isEqualTo(LocalDate.of(2006, 10, 18));
        assertThat(widget.mainPart()).isEqualTo(Part.of("Bolt", 3L, new BigDecimal("1.50")));
    }

    @Test
    void readsUnderscoredNames() {
        Widget widget = codec.decode(bytes("<widget><project_id>7</project_id><spent_at>2017-1-8</spent_at>"
                + "<main_part><part_id>3</part_id><unit_price>2</unit_price></main_part></widget>"),
                Widget.class, XmlBodies.WIDGET_UNDERSCORED);

        assertThat(widget.projectId()).isEqualTo(7L);
        assertThat(widget.spentAt()).isEqualTo(LocalDate.of(2017, 1, 8));
        assertThat(widget.mainPart()).isEqualTo(Part.of(null, 3L, new BigDecimal("2")));
    }

    @Test
    void readsEitherSpellingWhateverTheShapeSays() {
        Widget widget = decodeWidget("<project_id>7</project_id><main-part><part_id>3</part_id></main-part>");

        assertThat(widget.projectId()).isEqualTo(7L);
        assertThat(widget.mainPart().partId()).isEqualTo(3L);
    }

    @Test
    void readsTheTimeTrackingDailyWithRfc822DatesAndWhiteSpace() {
        byte[] body = bytes("<daily>\n"
                + "  <for_day type=\"date\">Wed, 18 Oct 2006</for_day>\n"
                + "  <day_entries>\n"
                + "    <day_entry>\n"
                + "      <id type=\"integer\">195168</id>\n"
                + "      <spent_at type=\"date\">2006-10-18</spent_at>\n"
                + "      <user_id type=\"integer\">218356</user_id>\n"
                + "      <client>Iridesco</client>\n"
                + "      <project_id>1234567</project_id>\n"
                + "      <project>Harvest</project>\n"
                + "      <hours type=\"float\">2.06</hours>\n"
                + "      <notes>Test api support</notes>\n"
                + "      <timer_started_at type=\"datetime\">\n"
                + "        Wed, 18 Oct 2006 09:53:06 -0000\n"
                + "      </timer_started_at>\n"
                + "      <created_at type=\"datetime\">Thu, 17 Nov 2011 10:19:57 +0000</created_at>\n"
                + "      <started_at>8:00am</started_at>\n"
                + "      <ended_at />\n"
                + "    </day_entry>\n"
                + "  </day_entries>\n"
                + "  <projects>\n"
                + "    <project><name>Click and Type</name><code /><id type=\"integer\">3</id>\n"
                + "      <tasks><task><name>Security support</name></task></tasks></project>\n"
                + "  </projects>\n"
                + "</daily>");

        Daily daily = codec.decode(body, Daily.class, DAILY);

        assertThat(daily.forDay()).isEqualTo(LocalDate.of(2006, 10, 18));
        assertThat(daily.dayEntries()).hasSize(1);
        DayEntry entry = daily.dayEntries().get(0);
        assertThat(entry.id()).isEqualTo(195168L);
        assertThat(entry.spentAt()).isEqualTo(LocalDate.of(2006, 10, 18));
        assertThat(entry.userId()).isEqualTo(218356L);
        assertThat(entry.client()).isEqualTo("Iridesco");
        assertThat(entry.projectId()).isEqualTo(1234567L);
        assertThat(entry.hours()).isEqualByComparingTo("2.06");
        assertThat(entry.notes()).isEqualTo("Test api support");
        assertThat(entry.timerStartedAt()).isEqualTo(OffsetDateTime.of(2006, 10, 18, 9, 53, 6, 0, ZoneOffset.UTC));
        assertThat(entry.createdAt()).isEqualTo(NOV_17_2011);
        assertThat(entry.startedAt()).isEqualTo("8:00am");
        assertThat(entry.endedAt()).isEmpty();
    }

    @Test
    void readsATimerWithAValueOnItsOwnLines() {
        byte[] body = bytes("<timer>\n"
                + "  <day_entry>\n"
                + "    <id type=\"integer\">195168</id>\n"
                + "    <created_at type=\"datetime\">Thu, 17 Nov 2011 10:19:57 -0000</created_at>\n"
                + "  </day_entry>\n"
                + "  <hours_for_previously_running_timer type=\"float\">\n"
                + "    0.87\n"
                + "  </hours_for_previously_running_timer>\n"
                + "</timer>");

        Timer timer = codec.decode(body, Timer.class, TIMER);

        assertThat(timer.dayEntry().id()).isEqualTo(195168L);
        assertThat(timer.dayEntry().createdAt()).isEqualTo(NOV_17_2011);
        assertThat(timer.hoursForPreviouslyRunningTimer()).isEqualByComparingTo("0.87");
    }

    @Test
    void readsNilAsNullWithOrWithoutAType() {
        Widget widget = decodeWidget(
                "<id type=\"integer\" nil=\"true\"/>\n"
                + "<name nil=\"true\"></name>\n"
                + "<code nil=\"true\"/>\n"
                + "<hours type=\"decimal\" nil=\"true\"></hours>\n"
                + "<active type=\"boolean\" nil=\"true\"/>\n"
                + "<count type=\"integer\" nil=\"true\"></count>\n"
                + "<spent-at type=\"date\" nil=\"true\"></spent-at>\n"
                + "<created-at type=\"datetime\" nil=\"true\"/>\n"
                + "<main-part nil=\"true\"><name>ignored</name></main-part>\n"
                + "<spare-parts type=\"array\" nil=\"true\"/>");

        assertThat(widget.id()).isNull();
        assertThat(widget.name()).isNull();
        assertThat(widget.code()).isNull();
        assertThat(widget.hours()).isNull();
        assertThat(widget.active()).isNull();
        assertThat(widget.count()).isNull();
        assertThat(widget.spentAt()).isNull();
        assertThat(widget.createdAt()).isNull();
        assertThat(widget.mainPart()).isNull();
        assertThat(widget.spareParts()).isNull();
    }

    @Test
    void readsSchemaInstanceNilAsNullToo() {
        Widget widget = decodeWidget("<name xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\"/>"
                + "<hours nil=\" TRUE \">1</hours>");

        assertThat(widget.name()).isNull();
        assertThat(widget.hours()).isNull();
    }

    @Test
    void readsAnEmptyStringAsEmptyAndKeepsStringsAsWritten() {
        Widget widget = decodeWidget("<code></code><name/><details>123 Main St.\n    Third Floor\n</details>");

        assertThat(widget.code()).isEmpty();
        assertThat(widget.name()).isEmpty();
        assertThat(widget.details()).isEqualTo("123 Main St.\n    Third Floor\n");
    }

    @Test
    void readsAnEmptyScalarOtherThanAStringAsNull() {
        Widget widget = decodeWidget("<id></id><hours></hours><count/><active> </active><spent-at></spent-at>"
                + "<created-at>\n  </created-at><billable></billable><quantity/><project-id>\n</project-id>"
                + "<main-part><part-id/><unit-price></unit-price></main-part>");

        assertThat(widget.id()).isNull();
        assertThat(widget.hours()).isNull();
        assertThat(widget.count()).isNull();
        assertThat(widget.active()).isNull();
        assertThat(widget.spentAt()).isNull();
        assertThat(widget.createdAt()).isNull();
        assertThat(widget.billable()).isFalse();
        assertThat(widget.quantity()).isZero();
        assertThat(widget.projectId()).isZero();
        assertThat(widget.mainPart()).isEqualTo(Part.of(null, null, null));
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
        Widget widget = decodeWidget("<id type=\"integer\">\n   123\n</id><project-id> 42 </project-id>"
                + "<hours type=\"float\">\n 0.87\n</hours><active>\n\ttrue\n</active><count> +3 </count>"
                + "<quantity>\r\n-2\r\n</quantity>"
                + "<spent-at type=\"date\">\n  Wed, 18 Oct 2006\n</spent-at>"
                + "<created-at type=\"datetime\">\n  Thu, 17 Nov 2011\n  10:19:57 +0000\n</created-at>");

        assertThat(widget.id()).isEqualTo(123L);
        assertThat(widget.projectId()).isEqualTo(42L);
        assertThat(widget.hours()).isEqualByComparingTo("0.87");
        assertThat(widget.active()).isTrue();
        assertThat(widget.count()).isEqualTo(3);
        assertThat(widget.quantity()).isEqualTo(-2);
        assertThat(widget.spentAt()).isEqualTo(LocalDate.of(2006, 10, 18));
        assertThat(widget.createdAt()).isEqualTo(NOV_17_2011);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2011-11-17T10:19:57Z",
        "2011-11-17T10:19:57+00:00",
        "Thu, 17 Nov 2011 10:19:57 +0000",
        "Thu, 17 Nov 2011 10:19:57 -0000",
        "\n    Thu, 17 Nov 2011 10:19:57 +0000\n  "
    })
    void readsEveryDateTimeForm(String createdAt) {
        assertThat(decodeWidget("<created-at type=\"datetime\">" + createdAt + "</created-at>").createdAt())
                .isEqualTo(NOV_17_2011);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2006-10-18", "Wed, 18 Oct 2006", " \n Wed, 18 Oct 2006 \n ", "2006-10-18T00:00:00Z"})
    void readsEveryDateForm(String spentAt) {
        assertThat(decodeWidget("<spent-at type=\"date\">" + spentAt + "</spent-at>").spentAt())
                .isEqualTo(LocalDate.of(2006, 10, 18));
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
        "<quantity>99999999999</quantity>|<quantity> holds '99999999999', not an integer",
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

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        byte[] body = widget("<id>1</id><name>Acme</name><hours>1.5</hours><spent-at>Wed, 18 Oct 2006</spent-at>"
                + "<spare-parts><spare-part><name>Nut</name></spare-part></spare-parts>");
        Widget expected = decodeWidget("<id>1</id><name>Acme</name><hours>1.5</hours><spent-at>2006-10-18</spent-at>"
                + "<spare-parts><spare-part><name>Nut</name></spare-part></spare-parts>");
        JaxbXmlCodec shared = JaxbXmlCodec.create();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Widget>> calls = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                calls.add(() -> shared.decode(body, Widget.class, WIDGET));
            }
            for (Future<Widget> result : pool.invokeAll(calls)) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
