package io.harvest4j.tests.simulator.internal;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The time zone names a person's {@code timezone} takes: those of Rails'
 * {@code ActiveSupport::TimeZone} ("Eastern Time (US &amp; Canada)"), a limited set as the service
 * had — the simulator knows the common ones below and refuses any other name.
 */
final class RailsTimeZones {

    private static final Map<String, ZoneId> ZONES = new LinkedHashMap<>();

    static {
        put("Hawaii", "Pacific/Honolulu");
        put("Alaska", "America/Juneau");
        put("Pacific Time (US & Canada)", "America/Los_Angeles");
        put("Arizona", "America/Phoenix");
        put("Mountain Time (US & Canada)", "America/Denver");
        put("Central Time (US & Canada)", "America/Chicago");
        put("Eastern Time (US & Canada)", "America/New_York");
        put("Atlantic Time (Canada)", "America/Halifax");
        put("Brasilia", "America/Sao_Paulo");
        put("UTC", "Etc/UTC");
        put("London", "Europe/London");
        put("Dublin", "Europe/Dublin");
        put("Lisbon", "Europe/Lisbon");
        put("Paris", "Europe/Paris");
        put("Berlin", "Europe/Berlin");
        put("Amsterdam", "Europe/Amsterdam");
        put("Madrid", "Europe/Madrid");
        put("Rome", "Europe/Rome");
        put("Stockholm", "Europe/Stockholm");
        put("Athens", "Europe/Athens");
        put("Moscow", "Europe/Moscow");
        put("New Delhi", "Asia/Kolkata");
        put("Singapore", "Asia/Singapore");
        put("Tokyo", "Asia/Tokyo");
        put("Sydney", "Australia/Sydney");
        put("Auckland", "Pacific/Auckland");
    }

    private RailsTimeZones() {
    }

    private static void put(String name, String zone) {
        ZONES.put(name, ZoneId.of(zone));
    }

    /**
     * @param name a Rails time zone name
     * @return its zone, when the name is one the simulator knows
     */
    static Optional<ZoneId> zone(String name) {
        return Optional.ofNullable(name == null ? null : ZONES.get(name));
    }

    /** @return the names known, in a stable order */
    static Set<String> names() {
        return ZONES.keySet();
    }
}
