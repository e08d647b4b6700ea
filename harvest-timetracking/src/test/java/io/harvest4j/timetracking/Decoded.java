package io.harvest4j.timetracking;

import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.CodecRegistry;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.timetracking.model.Daily;
import io.harvest4j.timetracking.model.DayEntry;
import io.harvest4j.timetracking.model.TimerResult;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Values of the model as the service sends them: response models have no public constructor or
 * builder, so tests make them the way the library does, by decoding a body (JSON, with the codec
 * of harvest-json).
 */
public final class Decoded {

    // found as an application finds it (ServiceLoader), so this module need not read harvest-json
    private static final Codec JSON = CodecRegistry.discovering(List.of())
            .codecFor(HarvestConfig.builder().baseUri("http://127.0.0.1:1").format(Format.JSON).build());
    private static final WireShape DAY_ENTRY = WireShape.object("day_entry").underscored().jsonUnwrapped().build();

    private Decoded() {
    }

    /** @return the entry of {@code {"id":…,"project_id":…}} */
    public static DayEntry dayEntry(String json) {
        return decode(json, DayEntry.class, DAY_ENTRY);
    }

    /** @return the timer answer of {@code {"id":…, "hours_for_previously_running_timer":…}} (the entry inlined) */
    public static TimerResult timer(String json) {
        return decode(json, TimerResult.class, TimeTracking.TIMER);
    }

    /** @return the timesheet of {@code {"for_day":…,"day_entries":[…],"projects":[…]}} */
    public static Daily daily(String json) {
        return decode(json, Daily.class, TimeTracking.DAILY);
    }

    public static <T> T decode(String json, Class<T> type, WireShape shape) {
        return JSON.decode(json.getBytes(StandardCharsets.UTF_8), type, shape);
    }
}
