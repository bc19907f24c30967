package io.jingwu.api.statistics.control;

import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.time.Clocks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which requests the figures count: those created in a period of local dates (China time, both ends included),
 * optionally only one unit's and only those of divisions whose code starts with a prefix.
 *
 * @param unitCode       a unit's code, not yet checked against the units
 * @param divisionPrefix 1 to 9 digits of an administrative division code
 */
public record StatisticsScope(LocalDate from, LocalDate to, Optional<String> unitCode, Optional<String> divisionPrefix) {

    /** Dates are the citizens' and the units' own calendar days. */
    /** Without dates: the last 30 days, today included. */
    public static final int DEFAULT_DAYS = 30;
    /** A leap year, so that any calendar year can be asked for. */
    public static final int MAX_DAYS = 366;

    private static final Pattern DIVISION_PREFIX = Pattern.compile("\\d{1,9}");

    /**
     * Reads the query parameters as sent; a missing {@code to} is today, a missing {@code from} is 30 days before
     * {@code to}.
     *
     * @throws InvalidInputException naming every parameter that is wrong
     */
    public static StatisticsScope parse(String from, String to, String unit, String division, Clock clock) {
        List<FieldError> errors = new ArrayList<>();
        Optional<LocalDate> start = date("from", from, errors);
        Optional<LocalDate> end = date("to", to, errors);
        Optional<String> unitCode = present(unit);
        Optional<String> prefix = present(division);
        if (prefix.isPresent() && !DIVISION_PREFIX.matcher(prefix.get()).matches()) {
            errors.add(FieldError.of("division", "statistics.division.format", prefix.get()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        LocalDate last = end.orElseGet(() -> LocalDate.now(clock.withZone(Clocks.CHINA)));
        LocalDate first = start.orElseGet(() -> last.minusDays(DEFAULT_DAYS - 1));
        if (first.isAfter(last)) {
            throw new InvalidInputException(List.of(FieldError.of("from", "statistics.period.order", first, last)));
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days > MAX_DAYS) {
            throw new InvalidInputException(List.of(FieldError.of("from", "statistics.period.tooLong", MAX_DAYS, days)));
        }
        return new StatisticsScope(first, last, unitCode, prefix);
    }

    /** The first instant of the period, as stored (UTC). */
    public LocalDateTime startUtc() {
        return utc(from);
    }

    /** The first instant after the period, as stored (UTC). */
    public LocalDateTime endUtc() {
        return utc(to.plusDays(1));
    }

    private static LocalDateTime utc(LocalDate day) {
        return LocalDateTime.ofInstant(day.atStartOfDay(Clocks.CHINA).toInstant(), ZoneOffset.UTC);
    }

    private static Optional<LocalDate> date(String name, String value, List<FieldError> errors) {
        Optional<String> text = present(value);
        try {
            return text.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(name, "statistics.date.format", text.get()));
            return Optional.empty();
        }
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
