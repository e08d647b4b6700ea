package io.harvest4j.json;

import static io.harvest4j.json.JsonFixtures.CODEC;
import static io.harvest4j.json.JsonFixtures.json;
import static io.harvest4j.json.JsonFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.CodecException;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.json.testmodel.Gadget;
import io.harvest4j.json.testmodel.Kind;
import io.harvest4j.json.testmodel.Widget;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writing bodies, and reading back what was written. */
class JsonEncodeTest {

    private static final WireShape WRAPPED = WireShape.object("widget").build();
    private static final WireShape LIST = WireShape.list("widgets", "widget").build();

    private static final Widget FULL = Widget.builder().id(1).name("Full \"quoted\" Zürich").ownerId(2L).quantity(3).rank(4)
            .hours(new BigDecimal("1.50")).active(false).billable(true).spentAt(LocalDate.of(2006, 10, 8))
            .createdAt(OffsetDateTime.of(2011, 6, 18, 17, 13, 22, 0, ZoneOffset.UTC)).kind(Kind.RATHER_LARGE)
            .mainGadget(Gadget.of(9, "Main")).gadgets(List.of(Gadget.of(10, "A"))).tags(List.of("x"))
            .relatedIds(List.of(5L, 9007199254740993L)).build();

    @Test
    void wrappedWithUnderscoredNamesIsoDatesAndNumbers() {
        String body = text(CODEC.encode(FULL, WRAPPED));

        assertThat(body).isEqualTo("{\"widget\":{\"active\":false,\"billable\":true,"
                + "\"created_at\":\"2011-06-18T17:13:22Z\",\"gadgets\":[{\"id\":10,\"label\":\"A\"}],\"hours\":1.50,"
                + "\"id\":1,\"kind\":\"RATHER_LARGE\",\"main_gadget\":{\"id\":9,\"label\":\"Main\"},"
                + "\"name\":\"Full \\\"quoted\\\" Zürich\",\"owner_id\":2,\"quantity\":3,\"rank\":4,"
                + "\"related_ids\":[5,9007199254740993],\"spent_at\":\"2006-10-08\",\"tags\":[\"x\"]}}");
    }

    @Test
    void listShapeWritesAnArrayOfWrappedItems() {
        String body = text(CODEC.encode(List.of(Gadget.of(1, "A"), Gadget.of(2, "B")), WireShape.list("gadgets", "gadget").build()));

        assertThat(body).isEqualTo("[{\"gadget\":{\"id\":1,\"label\":\"A\"}},{\"gadget\":{\"id\":2,\"label\":\"B\"}}]");
    }

    @Test
    void listShapeAcceptsArrays() {
        String body = text(CODEC.encode(new Gadget[] {Gadget.of(1, "A")},
                WireShape.list("gadgets", "gadget").jsonUnwrapped().build()));

        assertThat(body).isEqualTo("[{\"id\":1,\"label\":\"A\"}]");
    }

    @Test
    void roundTripWrapped() {
        assertThat(CODEC.decode(CODEC.encode(FULL, WRAPPED), Widget.class, WRAPPED)).isEqualTo(FULL);
    }

    /** Found by CodecProperties: the UTF-8 writer put '?' for it, and another name was sent without a word. */
    @Test
    void aLoneSurrogateIsRefusedNotSentAsAQuestionMark() {
        Widget widget = Widget.builder().id(1).name("half \udd3a of a character").build();

        assertThatThrownBy(() -> CODEC.encode(widget, WRAPPED)).isInstanceOf(CodecException.class)
                .hasMessageContaining("lone surrogate");
    }

    @Test
    void aPairOfSurrogatesIsOneCharacterAndRoundTrips() {
        Widget widget = Widget.builder().id(1).name("clef \ud834\udd1e").build();

        assertThat(CODEC.decode(CODEC.encode(widget, WRAPPED), Widget.class, WRAPPED)).isEqualTo(widget);
    }

    @Test
    void roundTripList() {
        List<Widget> widgets = List.of(FULL, Widget.builder().id(2).build());

        assertThat(CODEC.decodeList(CODEC.encode(widgets, LIST), Widget.class, LIST)).isEqualTo(widgets);
    }

    @Test
    void readBodyWrittenAgainIsTheSame() {
        byte[] body = json("{'widget':{'active':true,'billable':false,'created_at':'2011-06-18T17:13:22Z','hours':0.87,"
                + "'id':5,'name':'n','owner_id':6,'rank':0,'spent_at':'2017-01-18'}}");

        assertThat(text(CODEC.encode(CODEC.decode(body, Widget.class, WRAPPED), WRAPPED))).isEqualTo(text(body));
    }

    @Test
    void nullValueIsRefused() {
        assertThatThrownBy(() -> CODEC.encode(null, WRAPPED))
                .isInstanceOf(CodecException.class)
                .hasMessageContaining("cannot encode null as application/json");
    }

    @Test
    void listWithNullItemIsRefused() {
        assertThatThrownBy(() -> CODEC.encode(Arrays.asList(Gadget.of(1, "A"), null), LIST))
                .isInstanceOf(CodecException.class)
                .hasMessageContaining("a list to send holds null");
    }

    @Test
    void listShapeNeedsAList() {
        assertThatThrownBy(() -> CODEC.encode(Gadget.of(1, "A"), LIST))
                .isInstanceOf(CodecException.class)
                .hasMessageContaining("cannot encode " + Gadget.class.getName() + " as application/json")
                .hasMessageContaining("a list shape needs an Iterable or an array");
    }
}
