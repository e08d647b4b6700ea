package io.harvest4j.core.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WireShapeTest {

    @Test
    void acceptsTheDeclaredNameHyphenatedOrUnderscoredAndTheAlternates() {
        WireShape shape = WireShape.list("day_entries", "day_entry").alsoAccepting("time_entry").build();

        assertThat(shape.acceptsName("day_entry", "day_entry")).isTrue();
        assertThat(shape.acceptsName("day-entry", "day_entry")).isTrue();
        assertThat(shape.acceptsName("time-entry", "day_entry")).isTrue();
        assertThat(shape.acceptsName("time_entry", "day_entry")).isTrue();
        assertThat(shape.acceptsName("day_entries", "day_entry")).isFalse();
        assertThat(shape.acceptsName("day_entr", "day_entry")).isFalse();
        assertThat(shape.acceptsName("Day_entry", "day_entry")).isFalse();
        assertThat(shape.acceptsName("day entry", "day_entry")).isFalse();
        assertThat(shape.acceptsName("", "day_entry")).isFalse();
        assertThat(WireShape.object("user").build().acceptsName("time_entry", "user")).isFalse();
    }
}
