package io.jingwu.api.fraud.index.boundary;

import io.jingwu.api.fraud.reports.entity.FraudCase;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Which county and day the caller asks for, read from the query parameters as sent. */
record IndexQuery(String countyCode, LocalDate day) {

    /** A county's code (6 digits), or a township's (9) or finer: its first six digits name the county. */
    private static final Pattern DIVISION = Pattern.compile("\\d{6,12}");

    /**
     * @param date yyyy-mm-dd, or nothing for today
     * @throws InvalidInputException naming every parameter that is malformed
     */
    static IndexQuery parse(String division, String date, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        String code = division == null ? "" : division.strip();
        if (code.isEmpty()) {
            errors.add(FieldError.of("division", "fraud.index.division.required"));
        } else if (!DIVISION.matcher(code).matches()) {
            errors.add(FieldError.of("division", "fraud.index.division.format", code));
        }
        Optional<LocalDate> day = Optional.empty();
        if (date != null && !date.isBlank()) {
            try {
                day = Optional.of(LocalDate.parse(date.strip()));
            } catch (DateTimeParseException e) {
                errors.add(FieldError.of("date", "fraud.index.date.format", date.strip()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new IndexQuery(code.substring(0, FraudCase.COUNTY_DIGITS), day.orElse(today));
    }
}
