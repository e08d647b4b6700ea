package io.harvest4j.json;

import static io.harvest4j.json.JsonFixtures.CODEC;
import static io.harvest4j.json.JsonFixtures.json;
import static io.harvest4j.json.JsonFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.CodecException;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.testing.Entry;
import io.harvest4j.core.testing.Timer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The time tracking API's timer answer: the entry's fields at the top level, beside the stopped timer's hours. */
class JsonInliningTest {

    private static final WireShape TIMER = WireShape.object("timer").underscored().jsonInlines("dayEntry").build();

    private static final Entry ENTRY = Entry.of(195168, 3L, new BigDecimal("0.5"), "Working on it",
            LocalDate.of(2011, 6, 18), OffsetDateTime.parse("2011-06-18T17:13:22Z"));

    @Test
    void alreadyNestedEntryIsReadAsItIs() {
        byte[] body = json("{'day_entry':{'id':1},'hours_for_previously_running_timer':'1.5'}");

        Timer result = CODEC.decode(body, Timer.class, TIMER);

        assertThat(result.dayEntry().id()).isEqualTo(1);
        assertThat(result.hoursForPreviouslyRunningTimer()).isEqualTo(new BigDecimal("1.5"));
    }

    @Test
    void errorInAnInlinedFieldIsReported() {
        assertThatThrownBy(() -> CODEC.decode(json("{'id':'x'}"), Timer.class, TIMER))
                .isInstanceOf(CodecException.class)
                .hasMessageContaining(Timer.class.getName())
                .hasMessageContaining("at $.day_entry.id: \"x\" is not a number");
    }

    @Test
    void encodeLaysTheEntrysFieldsAtTheTopLevel() {
        String body = text(CODEC.encode(Timer.of(ENTRY, new BigDecimal("0.87")), TIMER));

        assertThat(body).isEqualTo("{\"hours\":0.5,\"id\":195168,\"notes\":\"Working on it\",\"project_id\":3,"
                + "\"spent_at\":\"2011-06-18\",\"timer_started_at\":\"2011-06-18T17:13:22Z\","
                + "\"hours_for_previously_running_timer\":0.87}");
    }

    @Test
    void encodeWithoutAnEntry() {
        assertThat(text(CODEC.encode(Timer.of(null, BigDecimal.ONE), TIMER)))
                .isEqualTo("{\"hours_for_previously_running_timer\":1}");
    }

    @Test
    void listOfInlinedItems() {
        WireShape shape = WireShape.list("timers", "timer").jsonInlines("dayEntry").build();

        assertThat(CODEC.decodeList(json("[{'id':1,'hours_for_previously_running_timer':2},{'id':2}]"), Timer.class, shape))
                .extracting(result -> result.dayEntry().id())
                .containsExactly(1L, 2L);
    }
}
