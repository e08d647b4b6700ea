package io.harvest4j.json.internal;

import io.harvest4j.core.codec.WireDates;
import jakarta.json.bind.adapter.JsonbAdapter;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Yasson adapters that write dates and date-times through {@link WireDates}: ISO-8601. */
final class WireDateAdapters {

    private WireDateAdapters() {
    }

    /** {@code 2006-10-18}. */
    static final class ForLocalDate implements JsonbAdapter<LocalDate, String> {
        @Override
        public String adaptToJson(LocalDate date) {
            return WireDates.formatDate(date);
        }

        @Override
        public LocalDate adaptFromJson(String text) {
            return WireDates.parseDate(text);
        }
    }

    /** {@code 2011-11-17T10:19:57Z}, or with the offset. */
    static final class ForOffsetDateTime implements JsonbAdapter<OffsetDateTime, String> {
        @Override
        public String adaptToJson(OffsetDateTime dateTime) {
            return WireDates.formatDateTime(dateTime);
        }

        @Override
        public OffsetDateTime adaptFromJson(String text) {
            return WireDates.parseDateTime(text);
        }
    }
}
