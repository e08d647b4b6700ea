package io.harvest4j.timetracking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WireClockTimeTest {

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({
        "00:00, 12:00am",
        "00:05, 12:05am",
        "08:00, 8:00am",
        "11:59, 11:59am",
        "12:00, 12:00pm",
        "13:05, 1:05pm",
        "16:45, 4:45pm",
        "23:59:59, 11:59pm"
    })
    void writesTheServicesForm(LocalTime time, String text) {
        assertThat(WireClockTime.format(time)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource({
        "8:00am, 08:00",
        "' 8:00am\n', 08:00",
        "10:00AM, 10:00",
        "12:00am, 00:00",
        "12:30pm, 12:30",
        "4:45pm, 16:45",
        "4:45 pm, 16:45",
        "4pm, 16:00",
        "16:45, 16:45",
        "0:15, 00:15",
        "11:59 p.m., 23:59"
    })
    void readsTheServicesForms(String text, LocalTime time) {
        assertThat(WireClockTime.parse(text)).contains(time);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "13:00pm", "0:00am", "24:00", "8:60am", "noon", "8:00:00am", "8.00"})
    void readsNothingFromWhatIsNotAClockTime(String text) {
        assertThat(WireClockTime.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"00:00", "09:41", "12:00", "17:30", "23:59"})
    void readsWhatItWrites(LocalTime time) {
        assertThat(WireClockTime.parse(WireClockTime.format(time))).contains(time);
    }
}
