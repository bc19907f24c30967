package io.jingwu.api.catalogue.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The minimum or maximum of a date field as the catalogue writes it: a fixed ISO date ({@code 2020-01-01}) or
 * date-time ({@code 2020-01-01T08:00}, China's time), or a period from today ({@code P0D} today, {@code -P1Y} a
 * year ago), which keeps a rule such as "not in the future" true as the days pass.
 */
record TemporalBound(Period fromToday, LocalDateTime fixed) {

    static Optional<TemporalBound> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            if (value.startsWith("P") || value.startsWith("-P")) {
                return Optional.of(new TemporalBound(Period.parse(value), null));
            }
            if (value.contains("T")) {
                return Optional.of(new TemporalBound(null, LocalDateTime.parse(value)));
            }
            return Optional.of(new TemporalBound(null, LocalDate.parse(value).atStartOfDay()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Today and now, as a bound of "not in the future". */
    boolean isNow() {
        return fromToday != null && fromToday.isZero();
    }

    LocalDate date(LocalDate today) {
        return fromToday != null ? today.plus(fromToday) : fixed.toLocalDate();
    }

    OffsetDateTime dateTime(OffsetDateTime now, ZoneOffset offset) {
        return fromToday != null ? now.plus(fromToday) : fixed.atOffset(offset);
    }
}
