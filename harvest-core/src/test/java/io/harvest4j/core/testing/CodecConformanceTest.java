package io.harvest4j.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.harvest4j.core.CodecException;
import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.DecodedItems;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireShape;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract of a {@link Codec}, run by every codec: extend this class, give the codec, and the
 * codec's tests check only what is particular to its format and its libraries.
 *
 * <pre>{@code
 * class JaxbCodecConformanceTest extends CodecConformanceTest {
 *     private static final Codec CODEC = new JaxbCodecProvider().create(Format.XML, CONFIG).orElseThrow();
 *
 *     @Override
 *     protected Codec codec() {
 *         return CODEC;
 *     }
 * }
 * }</pre>
 *
 * <p>The contract, in the two formats the service speaks ({@link Format#XML} and
 * {@link Format#JSON}):
 * <ul>
 *   <li>every variety of {@link WireShape}: wrapped and unwrapped roots, hyphenated and underscored
 *       XML names, alternate roots, JSON inlining ({@code /daily/timer}), lists of wrapped and
 *       unwrapped items, as the service writes them (Rails XML with {@code type=} hints, pretty
 *       printed; compact JSON);</li>
 *   <li>values: nil and absent values are {@code null} (primitives keep their default), an empty
 *       value of anything but a string is {@code null}, lists decoded unmodifiable, ids as numbers or
 *       numeric strings, decimals exactly as written, every date and date-time form the service
 *       writes (offsets kept), unknown fields ignored at every level, Unicode, escapes and carriage
 *       returns unchanged;</li>
 *   <li>writing: the shape's root, wrapping, naming and inlining; {@code null}s left out; ISO-8601
 *       dates; decimals exact; and what is written reads back the same;</li>
 *   <li>{@linkplain Codec#errorMessage error messages} found where the service puts them, and never
 *       an exception for a body that holds none;</li>
 *   <li>a body that is not a document of the declared shape (empty, an HTML page, the other format,
 *       truncated, another root, a value of the wrong type) is a {@link CodecException} naming the
 *       type, the media type and the start of the body as {@link CodecException#undecodable} does —
 *       never another exception;</li>
 *   <li>one codec serves many threads.</li>
 * </ul>
 * Where the formats differ (a root element XML always has, white space XML allows around a value,
 * JSON's inlining), each case says what each format does: the bodies of a case are written for
 * both, and {@link #wire(String, String)} picks the codec's (a codec of another format overrides
 * it). Where the outcome itself differs, a protected hook states what the codec's format does
 * ({@link #carriesControlCharacters()}).
 *
 * <p>The cases are protected methods: a codec with a known defect overrides the failing case with
 * {@code @Test @Disabled("the defect")}, so it shows as skipped, and deletes the override once the
 * defect is fixed.
 *
 * <p>The models ({@link Widget}, {@link Part}, {@link Entry}, {@link Timer}) are in this package: on
 * the class path, so every codec can reach them as it reaches an application's models.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public abstract class CodecConformanceTest {

    /** An Extended API resource: hyphenated in XML, wrapped in JSON. */
    protected static final WireShape WIDGET = WireShape.object("widget").build();
    /** The same resource as the Time Tracking API spells it: underscored in XML. */
    protected static final WireShape WIDGET_UNDERSCORED = WireShape.object("widget").underscored().build();
    /** A root JSON does not write ({@code who_am_i}, {@code rate_limit_status}). */
    protected static final WireShape WIDGET_UNWRAPPED = WireShape.object("widget").jsonUnwrapped().build();
    /** A list of wrapped items: {@code [{"widget":{…}}]}. */
    protected static final WireShape WIDGETS = WireShape.list("widgets", "widget").build();
    /** A list of plain items: {@code [{…}]}. */
    protected static final WireShape WIDGETS_UNWRAPPED = WireShape.list("widgets", "widget").jsonUnwrapped().build();
    /** A Time Tracking request body: {@code <request>} in XML, the fields alone in JSON. */
    protected static final WireShape REQUEST = WireShape.object("request").underscored().jsonUnwrapped().build();
    /** The answer of {@code /daily/timer}: the entry nested in XML, inlined in JSON. */
    protected static final WireShape TIMER = WireShape.object("timer").underscored().jsonInlines("dayEntry").build();
    /** A root the service has been seen to spell two ways. */
    protected static final WireShape CATEGORY = WireShape.object("invoice_item_category")
            .alsoAccepting("invoice_category").build();
    /** A list whose items the service has been seen to spell two ways. */
    protected static final WireShape CATEGORIES = WireShape.list("invoice_item_categories", "invoice_item_category")
            .alsoAccepting("invoice_categories", "invoice_category").build();

    private static final OffsetDateTime APRIL_9_2008 = OffsetDateTime.of(2008, 4, 9, 12, 7, 56, 0, ZoneOffset.UTC);
    private static final LocalDate OCTOBER_18_2006 = LocalDate.of(2006, 10, 18);
    private static final String XML_DECLARATION = "<?xml version='1.0' encoding='UTF-8'?>\n";
    private static final Pattern LEADING_XML_DECLARATION = Pattern.compile("^\\s*(<\\?xml[^>]*\\?>)?\\s*");

    /** @return the codec under test; it may be one instance for every test, as a client shares it */
    protected abstract Codec codec();

    /**
     * Picks, for the codec's format, the text of a body or of a fragment of one. The suite writes
     * both: XML with single-quoted attributes, JSON with {@code '} for {@code "} (an apostrophe in
     * JSON is written as a Unicode escape).
     *
     * @param xml the text in XML
     * @param json the text in JSON, single-quoted
     * @return the codec format's text
     * @throws IllegalStateException for a format other than XML and JSON: its codec overrides this
     *     method to translate
     */
    protected String wire(String xml, String json) {
        Format format = codec().format();
        if (Format.XML.equals(format)) {
            return xml;
        }
        if (Format.JSON.equals(format)) {
            return json.replace('\'', '"');
        }
        throw new IllegalStateException("the conformance suite writes XML and JSON, the service's formats; a codec of "
                + format + " overrides wire(xml, json) to translate");
    }

    /**
     * Whether the format carries every character of a string: JSON does (escaped); XML 1.0 has no
     * way to write the control characters other than tab, line feed and carriage return, so a codec
     * of XML refuses such a value with a {@link CodecException} rather than write a document no
     * parser reads.
     *
     * @return {@code false} for XML, {@code true} otherwise
     */
    protected boolean carriesControlCharacters() {
        return !Format.XML.equals(codec().format());
    }

    // ---- the service's documents ----------------------------------------------------------------

    private static Widget fullWidget() {
        return Widget.builder()
                .id(11072)
                .name("SuprCorp")
                .code("SC")
                .notes("two\n  lines")
                .ownerId(7L)
                .hours(new BigDecimal("1.50"))
                .active(Boolean.TRUE)
                .billable(true)
                .count(3)
                .spentAt(OCTOBER_18_2006)
                .createdAt(APRIL_9_2008)
                .mainPart(Part.of("Bolt", 3L, new BigDecimal("0.25")))
                .spareParts(List.of(Part.of("Nut", 4L, null), Part.of("Washer", null, BigDecimal.TEN)))
                .build();
    }

    /** The fields of {@link #fullWidget()}, in the given XML naming, as the Extended API writes them. */
    private static String fullWidgetXml(char separator) {
        String xml = "  <id type='integer'>11072</id>\n"
                + "  <name>SuprCorp</name>\n"
                + "  <code>SC</code>\n"
                + "  <notes>two\n  lines</notes>\n"
                + "  <owner-id type='integer'>7</owner-id>\n"
                + "  <hours type='decimal'>1.50</hours>\n"
                + "  <active type='boolean'>true</active>\n"
                + "  <billable type='boolean'>true</billable>\n"
                + "  <count type='integer'>3</count>\n"
                + "  <spent-at type='date'>2006-10-18</spent-at>\n"
                + "  <created-at type='datetime'>2008-04-09T12:07:56Z</created-at>\n"
                + "  <main-part>\n"
                + "    <name>Bolt</name>\n"
                + "    <part-id type='integer'>3</part-id>\n"
                + "    <unit-price type='decimal'>0.25</unit-price>\n"
                + "  </main-part>\n"
                + "  <spare-parts type='array'>\n"
                + "    <spare-part><name>Nut</name><part-id type='integer'>4</part-id></spare-part>\n"
                + "    <spare-part><name>Washer</name><unit-price type='decimal'>10</unit-price></spare-part>\n"
                + "  </spare-parts>\n";
        return separator == '-' ? xml : xml.replaceAll("(?<=[a-z])-(?=[a-z])", "_");
    }

    private static final String FULL_WIDGET_JSON = "'id':11072,'name':'SuprCorp','code':'SC','notes':'two\\n  lines',"
            + "'owner_id':7,'hours':1.50,'active':true,'billable':true,'count':3,'spent_at':'2006-10-18',"
            + "'created_at':'2008-04-09T12:07:56Z','main_part':{'name':'Bolt','part_id':3,'unit_price':0.25},"
            + "'spare_parts':[{'name':'Nut','part_id':4},{'name':'Washer','unit_price':10}]";

    private static Entry entry() {
        return Entry.of(195168, 3L, new BigDecimal("0.50"), "Working on it", OCTOBER_18_2006,
                OffsetDateTime.of(2006, 10, 18, 9, 53, 6, 0, ZoneOffset.UTC));
    }

    // ---- reading: shapes ------------------------------------------------------------------------

    @Test
    protected void decodesAWrappedObjectWithHyphenatedNames() {
        Widget widget = decode(Widget.class, WIDGET,
                XML_DECLARATION + "<widget>\n" + fullWidgetXml('-') + "</widget>\n",
                "{'widget':{" + FULL_WIDGET_JSON + "}}");

        assertSameFields(widget, fullWidget());
    }

    @Test
    protected void decodesUnderscoredNames() {
        Widget widget = decode(Widget.class, WIDGET_UNDERSCORED,
                "<widget>\n" + fullWidgetXml('_') + "</widget>",
                "{'widget':{" + FULL_WIDGET_JSON + "}}");

        assertSameFields(widget, fullWidget());
    }

    @Test
    protected void decodesAnUnwrappedObject() {
        Widget widget = decode(Widget.class, WIDGET_UNWRAPPED,
                "<widget>\n" + fullWidgetXml('-') + "</widget>",
                "{" + FULL_WIDGET_JSON + "}");

        assertSameFields(widget, fullWidget());
    }

    @Test
    protected void decodesAnEmptyObjectAsAnObject() {
        Widget widget = decode(Widget.class, WIDGET, "<widget/>", "{'widget':{}}");

        assertSameFields(widget, Widget.builder().build());
    }

    @Test
    protected void decodesTheTimerWhoseEntryJsonInlines() {
        Timer timer = decode(Timer.class, TIMER,
                "<timer>\n"
                + "  <day_entry>\n"
                + "    <id type='integer'>195168</id>\n"
                + "    <project_id>3</project_id>\n"
                + "    <client>Iridesco</client>\n"
                + "    <hours type='float'>0.50</hours>\n"
                + "    <notes>Working on it</notes>\n"
                + "    <spent_at type='date'>Wed, 18 Oct 2006</spent_at>\n"
                + "    <timer_started_at type='datetime'>\n      Wed, 18 Oct 2006 09:53:06 -0000\n    </timer_started_at>\n"
                + "  </day_entry>\n"
                + "  <hours_for_previously_running_timer type='float'>0.87</hours_for_previously_running_timer>\n"
                + "</timer>",
                "{'id':195168,'project_id':'3','client':'Iridesco','hours':0.50,'notes':'Working on it',"
                + "'spent_at':'2006-10-18','timer_started_at':'2006-10-18T09:53:06Z',"
                + "'hours_for_previously_running_timer':0.87}");

        assertSameFields(timer, Timer.of(entry(), new BigDecimal("0.87")));
    }

    @Test
    protected void decodesATimerThatStoppedNoOtherTimer() {
        Timer timer = decode(Timer.class, TIMER,
                "<timer><day_entry><id type='integer'>195168</id><notes>Working on it</notes></day_entry></timer>",
                "{'id':195168,'notes':'Working on it'}");

        assertSameFields(timer, Timer.of(Entry.of(195168, null, null, "Working on it", null, null), null));
    }

    @Test
    protected void acceptsTheDeclaredRootAndItsAlternates() {
        Part declared = decode(Part.class, CATEGORY,
                "<invoice-item-category><name>Service</name></invoice-item-category>",
                "{'invoice_item_category':{'name':'Service'}}");
        Part alternate = decode(Part.class, CATEGORY,
                "<invoice-category><name>Service</name></invoice-category>",
                "{'invoice_category':{'name':'Service'}}");

        assertSameFields(declared, Part.of("Service", null, null));
        assertSameFields(alternate, Part.of("Service", null, null));
    }

    // ---- reading: lists -------------------------------------------------------------------------

    @Test
    protected void decodesAListOfWrappedItemsInOrder() {
        List<Widget> widgets = decodeList(Widget.class, WIDGETS,
                XML_DECLARATION + "<widgets type='array'>\n"
                + "  <widget><id type='integer'>1</id><name>One</name></widget>\n"
                + "  <widget><id type='integer'>2</id><name>Two</name></widget>\n"
                + "  <widget><id type='integer'>3</id><name>Three</name></widget>\n"
                + "</widgets>\n",
                "[{'widget':{'id':1,'name':'One'}},{'widget':{'id':2,'name':'Two'}},{'widget':{'id':3,'name':'Three'}}]");

        assertThat(widgets).extracting(Widget::id).containsExactly(1L, 2L, 3L);
        assertThat(widgets).extracting(Widget::name).containsExactly("One", "Two", "Three");
        assertThat(widgets).as("a decoded list is a value").isUnmodifiable();
    }

    // ---- reading: lists item by item (decodeItems) ---------------------------------------------

    @Test
    protected void decodesItemsOneByOneAsDecodeListDoes() {
        String xml = XML_DECLARATION + "<widgets type='array'>\n"
                + "  <widget><id type='integer'>1</id><name>One</name><hours type='decimal' nil='true'/></widget>\n"
                + "  <widget><id type='integer'>2</id><name></name><active type='boolean' nil='true'></active></widget>\n"
                + "  <widget><id type='integer'>3</id><name>Three</name><hours type='decimal'>1.25</hours></widget>\n"
                + "</widgets>\n";
        String json = "[{'widget':{'id':1,'name':'One','hours':null}},{'widget':{'id':2,'name':'','active':null}},"
                + "{'widget':{'id':3,'name':'Three','hours':1.25}}]";
        TrackedBody body = new TrackedBody(bytes(wire(xml, json)));

        List<Widget> widgets = new ArrayList<>();
        try (DecodedItems<Widget> items = codec().decodeItems(body, Widget.class, WIDGETS, 1 << 20)) {
            items.forEachRemaining(widgets::add);
            assertThat(items.hasNext()).isFalse();
        }

        assertThat(widgets).isEqualTo(decodeList(Widget.class, WIDGETS, xml, json));
        assertThat(widgets).extracting(Widget::id).containsExactly(1L, 2L, 3L);
        assertThat(widgets.get(0).hours()).as("nil is null").isNull();
        assertThat(widgets.get(1).name()).as("an empty string stays one").isEmpty();
        assertThat(widgets.get(1).active()).isNull();
        assertThat(widgets.get(2).hours()).isEqualByComparingTo("1.25");
        assertThat(body.closed).as("the body is closed with the items").isTrue();
    }

    @Test
    protected void decodesAnEmptyListItemByItemAsNoItems() {
        for (String[] empty : new String[][] {{"<widgets type='array'/>", "[]"}, {"<widgets type='array'>\n</widgets>", " [ ] "}}) {
            TrackedBody body = new TrackedBody(bytes(wire(empty[0], empty[1])));
            try (DecodedItems<Widget> items = codec().decodeItems(body, Widget.class, WIDGETS, 1 << 20)) {
                assertThat(items.hasNext()).isFalse();
                assertThat(catchThrowable(items::next)).isInstanceOf(java.util.NoSuchElementException.class);
            }
            assertThat(body.closed).isTrue();
        }
    }

    @Test
    protected void refusesAMalformedOrTruncatedListItemByItemWithACodecException() {
        String[][] cases = {
            // malformed after a good item
            {"<widgets type='array'><widget><id>1</id></widget><widget><id>2</id></widgt></widgets>",
                "[{'widget':{'id':1}},{'widget':{'id':2}]"},
            // cut short after a good item
            {"<widgets type='array'><widget><id>1</id></widget><widget><id>2",
                "[{'widget':{'id':1}},{'widget':{'id':2"},
            // a value of the wrong kind in the second item
            {"<widgets type='array'><widget><id>1</id></widget><widget><id type='integer'>two</id></widget></widgets>",
                "[{'widget':{'id':1}},{'widget':{'id':'two'}}]"},
            // the wrong root
            {"<gadgets type='array'><widget><id>1</id></widget></gadgets>", "{'gadgets':[{'widget':{'id':1}}]}"},
            // not the format at all
            {"{'widget':1}", "<widgets/>"},
            // nothing
            {"", ""},
            // content after the list
            {"<widgets type='array'></widgets><widgets/>", "[] []"},
        };
        for (String[] bad : cases) {
            TrackedBody body = new TrackedBody(bytes(wire(bad[0], bad[1])));
            Throwable thrown = catchThrowable(() -> drain(codec().decodeItems(body, Widget.class, WIDGETS, 1 << 20)));
            assertThat(thrown).as("%s", wire(bad[0], bad[1])).isInstanceOf(CodecException.class);
            assertThat(body.closed).as("the body is closed after a failure: %s", wire(bad[0], bad[1])).isTrue();
        }
    }

    @Test
    protected void refusesADtdOrAnEntityInAListItemByItem() {
        String bomb = "<?xml version='1.0'?>\n<!DOCTYPE widgets [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;'>"
                + "<!ENTITY xxe SYSTEM 'file:///etc/passwd'>]>\n"
                + "<widgets type='array'><widget><name>&b;&xxe;</name></widget></widgets>";
        String undeclared = "<widgets type='array'><widget><id>1</id></widget><widget><name>&xxe;</name></widget></widgets>";
        for (String xml : new String[] {bomb, undeclared}) {
            TrackedBody body = new TrackedBody(bytes(wire(xml, "[{'widget':{'id':1}}, <!DOCTYPE x>]")));
            Throwable thrown = catchThrowable(() -> drain(codec().decodeItems(body, Widget.class, WIDGETS, 1 << 20)));
            assertThat(thrown).isInstanceOf(CodecException.class);
            assertThat(String.valueOf(thrown.getMessage())).doesNotContain("root:");
            assertThat(body.closed).isTrue();
        }
    }

    @Test
    protected void refusesAnItemLargerThanTheBound() {
        String notes = "x".repeat(300_000);
        TrackedBody body = new TrackedBody(bytes(wire(
                "<widgets type='array'><widget><id>1</id></widget><widget><notes>" + notes + "</notes></widget></widgets>",
                "[{'widget':{'id':1}},{'widget':{'notes':'" + notes + "'}}]")));

        Throwable thrown = catchThrowable(() -> drain(codec().decodeItems(body, Widget.class, WIDGETS, 64 * 1024)));

        assertThat(thrown).isInstanceOf(CodecException.class).hasMessageContaining(String.valueOf(64 * 1024));
        assertThat(body.closed).isTrue();
    }

    @Test
    protected void closingItemsEarlyClosesTheBody() {
        StringBuilder xml = new StringBuilder("<widgets type='array'>");
        StringBuilder json = new StringBuilder("[");
        for (int i = 1; i <= 100; i++) {
            xml.append("<widget><id>").append(i).append("</id></widget>");
            json.append(i == 1 ? "" : ",").append("{'widget':{'id':").append(i).append("}}");
        }
        TrackedBody body = new TrackedBody(bytes(wire(xml.append("</widgets>").toString(), json.append("]").toString())));

        try (DecodedItems<Widget> items = codec().decodeItems(body, Widget.class, WIDGETS, 1 << 20)) {
            assertThat(items.next().id()).isEqualTo(1L);
            assertThat(items.next().id()).isEqualTo(2L);
        }

        assertThat(body.closed).isTrue();
    }

    private static <T> List<T> drain(DecodedItems<T> items) {
        List<T> all = new ArrayList<>();
        try (items) {
            items.forEachRemaining(all::add);
        }
        return all;
    }

    /** A body that says whether it was closed. */
    private static final class TrackedBody extends java.io.ByteArrayInputStream {
        volatile boolean closed;

        TrackedBody(byte[] bytes) {
            super(bytes);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    protected void decodesAListOfUnwrappedItems() {
        List<Widget> widgets = decodeList(Widget.class, WIDGETS_UNWRAPPED,
                "<widgets><widget><id>1</id></widget><widget><id>2</id></widget></widgets>",
                "[{'id':1},{'id':2}]");

        assertThat(widgets).extracting(Widget::id).containsExactly(1L, 2L);
    }

    @Test
    protected void decodesAnEmptyListAsEmpty() {
        assertThat(decodeList(Widget.class, WIDGETS, "<widgets type='array'/>", "[]")).isEmpty();
        assertThat(decodeList(Widget.class, WIDGETS, "<widgets type='array'>\n</widgets>", " [ ] ")).isEmpty();
    }

    @Test
    protected void decodesListItemsUnderAnAlternateName() {
        List<Part> parts = decodeList(Part.class, CATEGORIES,
                "<invoice-categories type='array'>"
                + "<invoice-category><name>Service</name></invoice-category>"
                + "<invoice-item-category><name>Product</name></invoice-item-category>"
                + "</invoice-categories>",
                "[{'invoice_category':{'name':'Service'}},{'invoice_item_category':{'name':'Product'}}]");

        assertThat(parts).extracting(Part::name).containsExactly("Service", "Product");
    }

    @Test
    protected void decodesListsInsideAnObject() {
        Widget widget = decode(Widget.class, WIDGET,
                "<widget><spare-parts type='array'><spare-part><name>Nut</name></spare-part></spare-parts></widget>",
                "{'widget':{'spare_parts':[{'name':'Nut'}]}}");
        Widget empty = decode(Widget.class, WIDGET,
                "<widget><spare-parts type='array'/></widget>",
                "{'widget':{'spare_parts':[]}}");

        assertSameFields(widget.spareParts(), List.of(Part.of("Nut", null, null)));
        assertThat(empty.spareParts()).isEmpty();
    }

    // ---- reading: values ------------------------------------------------------------------------

    @Test
    protected void readsNilAsNullAndKeepsThePrimitivesDefault() {
        Widget widget = decode(Widget.class, WIDGET,
                "<widget>\n"
                + "  <id type='integer' nil='true'/>\n"
                + "  <name nil='true'></name>\n"
                + "  <owner-id type='integer' nil='true'/>\n"
                + "  <hours type='decimal' nil='true'>0</hours>\n"
                + "  <active type='boolean' nil='true'/>\n"
                + "  <billable type='boolean' nil='true'/>\n"
                + "  <count type='integer' nil='true'></count>\n"
                + "  <spent-at type='date' nil='true'/>\n"
                + "  <created-at type='datetime' nil='true'/>\n"
                + "  <main-part nil='true'><name>nil wins over content</name></main-part>\n"
                + "  <spare-parts type='array' nil='true'/>\n"
                + "</widget>",
                "{'widget':{'id':null,'name':null,'owner_id':null,'hours':null,'active':null,'billable':null,"
                + "'count':null,'spent_at':null,'created_at':null,'main_part':null,'spare_parts':null}}");

        assertSameFields(widget, Widget.builder().build());
    }

    /** The service spells XML names both ways within one part of the API: either reads, whatever the shape. */
    @Test
    protected void readsEitherXmlSpellingWhateverTheShapeSays() {
        Widget hyphenatedShape = decode(Widget.class, WIDGET,
                "<widget><owner_id>7</owner_id><main-part><part_id>3</part_id></main-part></widget>",
                "{'widget':{'owner_id':7,'main_part':{'part_id':3}}}");
        Widget underscoredShape = decode(Widget.class, WIDGET_UNDERSCORED,
                "<widget><owner-id>7</owner-id><main_part><part-id>3</part-id></main_part></widget>",
                "{'widget':{'owner_id':7,'main_part':{'part_id':3}}}");

        assertSameFields(hyphenatedShape, Widget.builder().ownerId(7L).mainPart(Part.of(null, 3L, null)).build());
        assertSameFields(underscoredShape, Widget.builder().ownerId(7L).mainPart(Part.of(null, 3L, null)).build());
    }

    @Test
    protected void readsAbsentValuesAsNull() {
        Widget widget = decode(Widget.class, WIDGET, "<widget><name>Only</name></widget>", "{'widget':{'name':'Only'}}");

        assertSameFields(widget, Widget.builder().name("Only").build());
    }

    @Test
    protected void readsAnEmptyValueOfAnythingButAStringAsNull() {
        Widget widget = decode(Widget.class, WIDGET,
                "<widget><id type='integer'></id><owner-id type='integer'></owner-id><hours/><active> </active>"
                + "<billable/><count>\n</count><spent-at></spent-at><created-at type='datetime'/>"
                + "<main-part><part-id/></main-part></widget>",
                "{'widget':{'id':'','owner_id':'','hours':'','active':'','billable':'','count':' ','spent_at':'',"
                + "'created_at':'','main_part':{'part_id':''}}}");

        assertSameFields(widget, Widget.builder().mainPart(Part.of(null, null, null)).build());
    }

    @Test
    protected void keepsStringsAsWrittenEmptyOnesIncluded() {
        Widget widget = decode(Widget.class, WIDGET,
                "<widget><name></name><code/><notes>  123 Main St.\n    Third Floor\n</notes></widget>",
                "{'widget':{'name':'','code':'','notes':'  123 Main St.\\n    Third Floor\\n'}}");

        assertThat(widget.name()).isEmpty();
        assertThat(widget.code()).isEmpty();
        assertThat(widget.notes()).isEqualTo("  123 Main St.\n    Third Floor\n");
    }

    @Test
    protected void readsIdsGivenAsNumbersOrNumericStrings() {
        Widget widget = decode(Widget.class, WIDGET,
                "<widget><id type='integer'>9007199254740993</id><owner-id>9223372036854775807</owner-id>"
                + "<count type='integer'>\n    42\n  </count><main-part><part-id>3</part-id></main-part></widget>",
                "{'widget':{'id':9007199254740993,'owner_id':'9223372036854775807','count':'42',"
                + "'main_part':{'part_id':'3'}}}");

        assertThat(widget.id()).isEqualTo(9007199254740993L);
        assertThat(widget.ownerId()).isEqualTo(Long.MAX_VALUE);
        assertThat(widget.count()).isEqualTo(42);
        assertThat(widget.mainPart().partId()).isEqualTo(3L);
    }

    @Test
    protected void readsDecimalsExactlyAsWritten() {
        Widget widget = decode(Widget.class, WIDGET,
                "<widget><hours type='decimal'>1.50</hours><main-part><unit-price type='decimal'>"
                + "12345678901234567890.123456789</unit-price></main-part>"
                + "<spare-parts><spare-part><unit-price>0.1</unit-price></spare-part></spare-parts></widget>",
                "{'widget':{'hours':1.50,'main_part':{'unit_price':12345678901234567890.123456789},"
                + "'spare_parts':[{'unit_price':0.1}]}}");

        assertThat(widget.hours()).isEqualTo(new BigDecimal("1.50"));
        assertThat(widget.mainPart().unitPrice()).isEqualTo(new BigDecimal("12345678901234567890.123456789"));
        assertThat(widget.spareParts().get(0).unitPrice()).isEqualTo(new BigDecimal("0.1"));
    }

    @Test
    protected void readsBooleans() {
        Widget yes = decode(Widget.class, WIDGET,
                "<widget><active type='boolean'>true</active><billable type='boolean'>true</billable></widget>",
                "{'widget':{'active':true,'billable':true}}");
        Widget no = decode(Widget.class, WIDGET,
                "<widget><active type='boolean'>false</active><billable type='boolean'>false</billable></widget>",
                "{'widget':{'active':false,'billable':false}}");

        assertThat(yes.active()).isTrue();
        assertThat(yes.billable()).isTrue();
        assertThat(no.active()).isFalse();
        assertThat(no.billable()).isFalse();
    }

    /**
     * Dates as the Extended API and the Time Tracking API write them, a date-time where a date is
     * declared, and the unpadded form Rails reads.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2006-10-18|2006-10-18",
        "Wed, 18 Oct 2006|2006-10-18",
        "2006-10-18T00:00:00Z|2006-10-18",
        "2017-1-8|2017-01-08"
    })
    protected void readsEveryDateForm(String date, LocalDate expected) {
        Widget widget = decode(Widget.class, WIDGET,
                "<widget><spent-at type='date'>\n    " + date + "\n  </spent-at></widget>",
                "{'widget':{'spent_at':'" + date + "'}}");

        assertThat(widget.spentAt()).isEqualTo(expected);
    }

    /** Date-times: ISO-8601, the Time Tracking API's RFC-822 (also with {@code -0000}), and Rails' UTC form. */
    @ParameterizedTest
    @ValueSource(strings = {
        "2008-04-09T12:07:56Z",
        "2008-04-09T12:07:56+00:00",
        "Wed, 09 Apr 2008 12:07:56 +0000",
        "Wed, 09 Apr 2008 12:07:56 -0000",
        "2008-04-09 12:07:56 UTC"
    })
    protected void readsEveryDateTimeFormTheServiceWrites(String dateTime) {
        Widget widget = decode(Widget.class, WIDGET,
                "<widget><created-at type='datetime'>\n    " + dateTime + "\n  </created-at></widget>",
                "{'widget':{'created_at':'" + dateTime + "'}}");

        assertThat(widget.createdAt()).isEqualTo(APRIL_9_2008);
    }

    @Test
    protected void keepsTheOffsetOfADateTime() {
        Widget widget = decode(Widget.class, WIDGET,
                "<widget><created-at type='datetime'>2008-04-09T14:07:56+02:00</created-at></widget>",
                "{'widget':{'created_at':'2008-04-09T14:07:56+02:00'}}");

        assertThat(widget.createdAt()).isEqualTo(OffsetDateTime.of(2008, 4, 9, 14, 7, 56, 0, ZoneOffset.ofHours(2)));
    }

    @Test
    protected void ignoresUnknownFieldsAtEveryLevel() {
        Widget widget = decode(Widget.class, WIDGET,
                "<widget>\n"
                + "  <highrise-id type='integer'>568902</highrise-id>\n"
                + "  <name>Acme</name>\n"
                + "  <cache-version type='integer' nil='true'/>\n"
                + "  <somewhere><deep><deeper>x</deeper><deeper/></deep></somewhere>\n"
                + "  <main-part><colour>red</colour><name>Bolt</name></main-part>\n"
                + "  <spare-parts type='array'><spare-part><name>Nut</name><size>M4</size></spare-part></spare-parts>\n"
                + "  <hours type='decimal'>1</hours>\n"
                + "</widget>",
                "{'widget':{'highrise_id':568902,'name':'Acme','cache_version':null,"
                + "'somewhere':{'deep':[1,'x',{'deeper':null},[]]},'main_part':{'colour':'red','name':'Bolt'},"
                + "'spare_parts':[{'name':'Nut','size':'M4'}],'hours':1}}");

        assertSameFields(widget, Widget.builder().name("Acme").hours(BigDecimal.ONE)
                .mainPart(Part.of("Bolt", null, null)).spareParts(List.of(Part.of("Nut", null, null))).build());
    }

    @Test
    protected void readsEscapesAndUnicode() {
        Widget widget = decode(Widget.class, WIDGET,
                "<widget><name>Fish &amp; Chips &lt;Ltd&gt; &quot;q&quot; &apos;a&apos; &#x263A; Zo\u00eb \u2615 \ud83d\ude00</name>"
                + "<code><![CDATA[a < b & c]]></code><notes>line one&#13;\nline two&#13;end\ttab</notes></widget>",
                "{'widget':{'name':'Fish & Chips <Ltd> \\'q\\' \\u0027a\\u0027 \\u263A Zo\u00eb \u2615 \\ud83d\\ude00',"
                + "'code':'a < b & c','notes':'line one\\r\\nline two\\rend\\ttab'}}");

        assertThat(widget.name()).isEqualTo("Fish & Chips <Ltd> \"q\" 'a' \u263A Zo\u00eb \u2615 \ud83d\ude00");
        assertThat(widget.code()).isEqualTo("a < b & c");
        assertThat(widget.notes()).isEqualTo("line one\r\nline two\rend\ttab");
    }

    // ---- error messages -------------------------------------------------------------------------

    @Test
    protected void readsTheMessageOfAnErrorBody() {
        Optional<String> message = codec().errorMessage(bytes(wire(
                XML_DECLARATION + "<hash>\n  <message>Project not found</message>\n"
                + "  <retry-after type='integer'>15</retry-after>\n</hash>\n",
                "{'message':'Project not found','retry_after':15}")));

        assertThat(message).contains("Project not found");
    }

    @Test
    protected void readsAMessageWithEscapesAndWhiteSpaceAroundIt() {
        Optional<String> message = codec().errorMessage(bytes(wire(
                "<hash><message>\n  Can&apos;t log time: Fish &amp; chips &#x263A;\n</message></hash>",
                "{'message':'  Can\\u0027t log time: Fish \\u0026 chips \u263A  '}")));

        assertThat(message).contains("Can't log time: Fish & chips \u263A");
    }

    @TestFactory
    protected Stream<DynamicTest> findsNoMessageWhereThereIsNone() {
        return Stream.of(
                new Bad("an empty body", ""),
                new Bad("a blank body", " \r\n\t"),
                new Bad("plain text", "Internal Server Error"),
                new Bad("an HTML page", htmlPage().replace("<h1>", "<message>not this</message><h1>")),
                new Bad("the other format", wire("{'message':'JSON, not XML'}",
                        "<?xml version='1.0'?><hash><message>XML, not JSON</message></hash>")),
                new Bad("a truncated body", wire("<hash><message>Project not fo", "{'message':'Project not fo")),
                new Bad("no message", wire("<hash><code>1</code></hash>", "{'code':1}")),
                new Bad("a blank message", wire("<hash><message> \n </message></hash>", "{'message':' '}")),
                new Bad("a nil message", wire("<hash><message nil='true'/></hash>", "{'message':null}")),
                new Bad("bytes that are no text", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0xc3}))
                .map(bad -> dynamicTest(bad.what, () -> {
                    AtomicReference<Optional<String>> message = new AtomicReference<>();
                    assertThatCode(() -> message.set(codec().errorMessage(bad.body))).doesNotThrowAnyException();
                    assertThat(message.get()).as("the message of %s", bad.what).isEmpty();
                }));
    }

    // ---- bodies that are not documents of the shape ---------------------------------------------

    /** Each body is refused both as an object ({@link #WIDGET}) and as a list ({@link #WIDGETS}). */
    @TestFactory
    protected Stream<DynamicTest> refusesABodyThatIsNoDocumentOfTheShape() {
        String jsonInXml = "{'widget':{'id':1}}";
        String xmlInJson = "<?xml version='1.0' encoding='UTF-8'?>\n<widget><id type='integer'>1</id></widget>";
        Stream<Bad[]> both = Stream.of(
                same(new Bad("an empty body", "")),
                same(new Bad("a blank body", " \r\n\t ")),
                same(new Bad("plain text", "Internal Server Error")),
                same(new Bad("an HTML error page", htmlPage())),
                same(new Bad("bytes that are no text", new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, (byte) 0xc3})),
                new Bad[] {
                    new Bad("the other format", wire(jsonInXml, xmlInJson)),
                    new Bad("the other format", wire("[" + jsonInXml + "]",
                            "<widgets type='array'><widget><id>1</id></widget></widgets>"))
                },
                new Bad[] {
                    new Bad("a truncated document", wire(
                            XML_DECLARATION + "<widget>\n  <id type='integer'>1</id>\n  <name>Acme</na",
                            "{'widget':{'id':1,'name':'Acme")),
                    new Bad("a truncated document", wire(
                            "<widgets type='array'><widget><name>A</name></widget><wid",
                            "[{'widget':{'id':1}},{'widg"))
                },
                new Bad[] {
                    new Bad("another root", wire("<client><id>1</id></client>", "{'client':{'id':1}}")),
                    new Bad("another root", wire("<clients type='array'><client><id>1</id></client></clients>",
                            "[{'client':{'id':1}}]"))
                },
                new Bad[] {
                    new Bad("a list where an object is declared", wire(
                            "<widgets type='array'><widget><id>1</id></widget></widgets>", "[{'widget':{'id':1}}]")),
                    new Bad("an object where a list is declared", wire(
                            "<widget><id>1</id></widget>", "{'widget':{'id':1}}"))
                },
                new Bad[] {
                    new Bad("a second document after the first", wire(
                            "<widget><id>1</id></widget><widget/>", "{'widget':{'id':1}} {'widget':{}}")),
                    new Bad("a second document after the first", wire(
                            "<widgets type='array'/><widgets/>", "[] []"))
                });
        return both.flatMap(bad -> Stream.of(
                dynamicTest("decode: " + bad[0].what, () -> assertUndecodable(Widget.class, bad[0].body,
                        () -> codec().decode(bad[0].body, Widget.class, WIDGET))),
                dynamicTest("decodeList: " + bad[1].what, () -> assertUndecodable(Widget.class, bad[1].body,
                        () -> codec().decodeList(bad[1].body, Widget.class, WIDGETS)))));
    }

    @TestFactory
    protected Stream<DynamicTest> refusesAValueThatIsNotOfItsType() {
        return Stream.of(
                new Bad("a word for a long", wire("<id type='integer'>seven</id>", "'id':'seven'")),
                new Bad("a fraction for a long", wire("<id type='integer'>1.5</id>", "'id':1.5")),
                new Bad("a long for an integer", wire("<count type='integer'>3000000000</count>", "'count':3000000000")),
                new Bad("a decimal comma", wire("<hours type='decimal'>1,5</hours>", "'hours':'1,5'")),
                new Bad("a word for a boolean", wire("<active type='boolean'>maybe</active>", "'active':'maybe'")),
                new Bad("a word for a date", wire("<spent-at type='date'>yesterday</spent-at>", "'spent_at':'yesterday'")),
                new Bad("an impossible date-time", wire("<created-at type='datetime'>2011-13-45T99:00:00Z</created-at>",
                        "'created_at':'2011-13-45T99:00:00Z'")),
                new Bad("a structure for a number", wire("<id><value>1</value></id>", "'id':{'value':1}")),
                new Bad("a word for a nested id", wire("<main-part><part-id>x</part-id></main-part>",
                        "'main_part':{'part_id':'x'}")),
                new Bad("a word in a list item", wire("<spare-parts><spare-part><unit-price>lots</unit-price></spare-part>"
                        + "</spare-parts>", "'spare_parts':[{'unit_price':'lots'}]")))
                .map(bad -> {
                    byte[] body = bytes(wire("<widget>" + text(bad.body) + "</widget>", "{'widget':{" + text(bad.body) + "}}"));
                    return dynamicTest(bad.what, () -> assertUndecodable(Widget.class, body,
                            () -> codec().decode(body, Widget.class, WIDGET)));
                });
    }

    // ---- writing --------------------------------------------------------------------------------

    @Test
    protected void writesAWrappedObjectInHyphenatedNames() {
        assertWrittenInXmlNaming(codec().encode(fullWidget(), WIDGET), '-');
    }

    @Test
    protected void writesUnderscoredNamesWhenTheShapeSaysSo() {
        assertWrittenInXmlNaming(codec().encode(fullWidget(), WIDGET_UNDERSCORED), '_');
    }

    /** The full widget, wrapped, its XML names spelt with this separator (JSON is underscored whatever the shape). */
    private void assertWrittenInXmlNaming(byte[] body, char separator) {
        String other = separator == '-' ? "_" : "-";
        assertWrittenFirst(body, "<widget>", "{ 'widget' : {");
        assertWritten(body, "<owner-id>7</owner-id>".replace('-', separator), "'owner_id' : 7");
        assertWritten(body, "<main-part> <name>Bolt</name>".replace('-', separator), "'main_part' : {");
        assertWritten(body, "<spare-parts> <spare-part> <name>Nut</name>".replace('-', separator), "'spare_parts' : [ {");
        assertNotWritten(body, other + "id>", "-id");
        assertNotWritten(body, other + "part", "-part");
    }

    @Test
    protected void writesAnUnwrappedObject() {
        byte[] body = codec().encode(fullWidget(), WIDGET_UNWRAPPED);

        assertWrittenFirst(body, "<widget>", "{ '");
        assertWritten(body, "<owner-id>7</owner-id>", "'owner_id' : 7");
        assertNotWritten(body, "<widget><widget>", "'widget'");
    }

    @Test
    protected void writesTheRootInTheShapesNaming() {
        Part part = Part.of("Service", null, null);

        byte[] hyphenated = codec().encode(part, CATEGORY);
        byte[] underscored = codec().encode(part, WireShape.object("invoice_item_category").underscored().build());

        assertWrittenFirst(hyphenated, "<invoice-item-category> <name>Service</name> </invoice-item-category>",
                "{ 'invoice_item_category' : { 'name' : 'Service' } }");
        assertWrittenFirst(underscored, "<invoice_item_category> <name>Service</name> </invoice_item_category>",
                "{ 'invoice_item_category' : { 'name' : 'Service' } }");
        assertNotWritten(hyphenated, "invoice-category", "'invoice_category'");
    }

    @Test
    protected void writesATimeTrackingRequestInItsRootInXmlAndAloneInJson() {
        byte[] body = codec().encode(entry(), REQUEST);

        assertWrittenFirst(body, "<request>", "{ '");
        assertWritten(body, "<project_id>3</project_id>", "'project_id' : 3");
        assertWritten(body, "<spent_at>2006-10-18</spent_at>", "'spent_at' : '2006-10-18'");
        assertNotWritten(body, "-id>", "'request'");
    }

    @Test
    protected void writesTheTimerEntryNestedInXmlAndInlinedInJson() {
        byte[] body = codec().encode(Timer.of(entry(), new BigDecimal("0.87")), TIMER);

        assertWrittenFirst(body, "<timer> <day_entry>", "{ '");
        assertWritten(body, "<project_id>3</project_id>", "'project_id' : 3");
        assertWritten(body, "</day_entry> <hours_for_previously_running_timer>0.87</hours_for_previously_running_timer>",
                "'hours_for_previously_running_timer' : 0.87");
        assertNotWritten(body, "<timer><timer>", "'day_entry'");
    }

    @Test
    protected void leavesNullFieldsOut() {
        byte[] body = codec().encode(Widget.builder().name("Only").build(), WIDGET);

        assertWritten(body, "<name>Only</name>", "'name' : 'Only'");
        assertThat(text(body)).doesNotContain("owner", "hours", "active", "count", "spent", "created", "part", "notes",
                "nil", "null");
    }

    @Test
    protected void writesDatesAndDateTimesInIso8601KeepingTheOffset() {
        Widget widget = Widget.builder().spentAt(LocalDate.of(2017, 1, 8))
                .createdAt(OffsetDateTime.of(2008, 4, 9, 14, 7, 56, 0, ZoneOffset.ofHours(2))).build();

        byte[] utc = codec().encode(fullWidget(), WIDGET);
        byte[] offset = codec().encode(widget, WIDGET);

        assertWritten(utc, "<spent-at>2006-10-18</spent-at>", "'spent_at' : '2006-10-18'");
        assertWritten(utc, "<created-at>2008-04-09T12:07:56Z</created-at>", "'created_at' : '2008-04-09T12:07:56Z'");
        assertWritten(offset, "<spent-at>2017-01-08</spent-at>", "'spent_at' : '2017-01-08'");
        assertWritten(offset, "<created-at>2008-04-09T14:07:56+02:00</created-at>",
                "'created_at' : '2008-04-09T14:07:56+02:00'");
    }

    @Test
    protected void writesNumbersExactly() {
        Widget widget = Widget.builder().id(9007199254740993L).ownerId(Long.MAX_VALUE).hours(new BigDecimal("1.50"))
                .mainPart(Part.of(null, null, new BigDecimal("12345678901234567890.123456789"))).build();

        byte[] body = codec().encode(widget, WIDGET);

        assertWritten(body, "<id>9007199254740993</id>", "'id' : 9007199254740993");
        assertWritten(body, "<owner-id>9223372036854775807</owner-id>", "'owner_id' : 9223372036854775807");
        assertWritten(body, "<hours>1.50</hours>", "'hours' : 1.50");
        assertWritten(body, "<unit-price>12345678901234567890.123456789</unit-price>",
                "'unit_price' : 12345678901234567890.123456789");
    }

    /** UTF-8, whether a codec writes other characters as themselves or escaped. */
    @Test
    protected void writesUtf8() {
        Widget widget = Widget.builder().name("Zo\u00eb \u2615 \ud83d\ude00").build();

        byte[] body = codec().encode(widget, WIDGET);

        assertThatCode(() -> StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)))
                .as("the body is UTF-8").doesNotThrowAnyException();
        assertSameFields(codec().decode(body, Widget.class, WIDGET), widget);
    }

    @Test
    protected void readsBackWhatItWritesInEveryShape() {
        Widget widget = fullWidget();

        assertSameFields(codec().decode(codec().encode(widget, WIDGET), Widget.class, WIDGET), widget);
        assertSameFields(codec().decode(codec().encode(widget, WIDGET_UNDERSCORED), Widget.class, WIDGET_UNDERSCORED),
                widget);
        assertSameFields(codec().decode(codec().encode(widget, WIDGET_UNWRAPPED), Widget.class, WIDGET_UNWRAPPED), widget);
        assertSameFields(codec().decode(codec().encode(entry(), REQUEST), Entry.class, REQUEST), entry());
        Timer timer = Timer.of(entry(), new BigDecimal("0.87"));
        assertSameFields(codec().decode(codec().encode(timer, TIMER), Timer.class, TIMER), timer);
        Part part = Part.of("Service", 5L, new BigDecimal("99.95"));
        assertSameFields(codec().decode(codec().encode(part, CATEGORY), Part.class, CATEGORY), part);
    }

    @Test
    protected void readsBackTextOfEveryKindUnchanged() {
        Widget widget = Widget.builder()
                .name("Acme & Sons <Ltd> \"quoted\" 'single' back\\slash ]]> &amp; \u263A Zo\u00eb \u2615 \ud83d\ude00")
                .code("")
                .notes("  line one\r\nline two\rend\n\ttabbed  ")
                .spareParts(List.of())
                .build();

        Widget read = codec().decode(codec().encode(widget, WIDGET), Widget.class, WIDGET);

        assertSameFields(read, widget);
    }

    @Test
    protected void readsBackControlCharactersOrRefusesToWriteThem() {
        Widget widget = Widget.builder().name("bell\u0007 nul\u0000 escape\u001b end").build();

        if (carriesControlCharacters()) {
            assertSameFields(codec().decode(codec().encode(widget, WIDGET), Widget.class, WIDGET), widget);
        } else {
            assertThat(catchThrowable(() -> codec().encode(widget, WIDGET)))
                    .as("writing control characters %s cannot carry", codec().format())
                    .isInstanceOf(CodecException.class);
        }
    }

    // ---- hostile numbers ---------------------------------------------------------------------

    /**
     * A number of a million digits (a 1 MB answer) is refused before it is parsed: parsing it is
     * super-linear (the XML codec once took 27.5 s over one), and no hour count or amount needs it.
     */
    @Test
    protected void refusesANumberOfAMillionDigits() {
        String digits = "9".repeat(1_000_000);
        for (String body : List.of(
                wire("<widget><hours type='decimal'>" + digits + "</hours></widget>", "{'widget':{'hours':" + digits + "}}"),
                wire("<widget><hours>" + digits + "</hours></widget>", "{'widget':{'hours':'" + digits + "'}}"),
                wire("<widget><count>" + digits + "</count></widget>", "{'widget':{'count':" + digits + "}}"))) {
            byte[] bytes = bytes(body);
            assertUndecodable(Widget.class, bytes, () -> codec().decode(bytes, Widget.class, WIDGET));
        }
    }

    /** An exponent as long as its digits may be would cost that many digits to whoever prints the value. */
    @Test
    protected void refusesADecimalWithAnExponentBeyondAnyValue() {
        for (String number : List.of("1e999999999", "1E-999999999")) {
            byte[] bytes = bytes(wire("<widget><hours>" + number + "</hours></widget>", "{'widget':{'hours':" + number + "}}"));
            assertUndecodable(Widget.class, bytes, () -> codec().decode(bytes, Widget.class, WIDGET));
        }
    }

    // ---- threads --------------------------------------------------------------------------------

    @Test
    protected void servesManyThreadsAtOnce() throws Exception {
        Codec codec = codec();
        Widget widget = fullWidget();
        byte[] written = codec.encode(widget, WIDGET);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Widget>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                calls.add(i % 2 == 0
                        ? () -> codec.decode(written, Widget.class, WIDGET)
                        : () -> codec.decode(codec.encode(widget, WIDGET), Widget.class, WIDGET));
            }
            for (Future<Widget> result : pool.invokeAll(calls)) {
                assertSameFields(result.get(), widget);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- helpers --------------------------------------------------------------------------------

    private <T> T decode(Class<T> type, WireShape shape, String xml, String json) {
        return codec().decode(bytes(wire(xml, json)), type, shape);
    }

    private <T> List<T> decodeList(Class<T> type, WireShape shape, String xml, String json) {
        return codec().decodeList(bytes(wire(xml, json)), type, shape);
    }

    private static void assertSameFields(Object actual, Object expected) {
        assertThat(actual).usingRecursiveComparison().isEqualTo(expected);
    }

    private void assertUndecodable(Class<?> type, byte[] body, Supplier<?> decoding) {
        Throwable thrown = catchThrowable(decoding::get);

        assertThat(thrown).as("decoding %s must fail with a CodecException", CodecException.preview(body))
                .isInstanceOf(CodecException.class)
                .hasMessageContaining(type.getName())
                .hasMessageContaining(codec().format().mediaType())
                .hasMessageContaining(CodecException.preview(body));
    }

    /** Whether the body holds the fragment; in the fragment a space stands for any white space, or none. */
    private void assertWritten(byte[] body, String xml, String json) {
        String fragment = wire(xml, json);
        assertThat(text(body)).as("a %s body", codec().format()).containsPattern(template(fragment));
    }

    /** Whether the body starts with the fragment, after any XML declaration and white space. */
    private void assertWrittenFirst(byte[] body, String xml, String json) {
        String start = LEADING_XML_DECLARATION.matcher(text(body)).replaceFirst("");
        assertThat(start).as("a %s body", codec().format()).containsPattern("^" + template(wire(xml, json)));
    }

    private void assertNotWritten(byte[] body, String xml, String json) {
        assertThat(text(body)).as("a %s body", codec().format()).doesNotContain(wire(xml, json));
    }

    private static Pattern template(String fragment) {
        StringBuilder regex = new StringBuilder();
        for (String part : fragment.split(" ", -1)) {
            if (regex.length() > 0) {
                regex.append("\\s*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    private static String htmlPage() {
        return "<!DOCTYPE html>\n<html>\n<head><title>We're sorry, but something went wrong (500)</title></head>\n"
                + "<body><h1>We're sorry, but something went wrong.</h1></body>\n</html>\n";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }

    private static Bad[] same(Bad bad) {
        return new Bad[] {bad, bad};
    }

    /** A body a case feeds the codec, and what it is. */
    private static final class Bad {
        final String what;
        final byte[] body;

        Bad(String what, String body) {
            this(what, bytes(body));
        }

        Bad(String what, byte[] body) {
            this.what = what;
            this.body = body;
        }
    }
}
