package io.jingwu.api.fraud.lists.boundary;

import io.jingwu.api.fraud.lists.control.ListedValues;
import io.jingwu.api.fraud.lists.entity.ListKind;
import io.jingwu.api.fraud.lists.entity.ListedValue;
import io.jingwu.api.platform.problems.FieldError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The rules of a list entry kept as code: the kind, the value's shape for its kind, and the dates. */
final class ListEntryRules {

    /** A value checked against its kind, with its dates. */
    record Checked(ListedValue value, LocalDate listedOn, LocalDate expiresOn) {
    }

    private ListEntryRules() {
    }

    /** Adds the broken rules to {@code errors}; the checked entry when none broke. */
    static Optional<Checked> check(ListEntryInput input, LocalDate today, List<FieldError> errors) {
        int before = errors.size();
        Optional<ListKind> kind = ListKind.parse(input.kind());
        if (kind.isEmpty()) {
            errors.add(FieldError.of("kind", "fraud.list.kind.unknown", String.valueOf(input.kind()), kinds()));
        }
        Optional<ListedValue> value = kind.flatMap(k -> input.value() == null ? Optional.empty()
                : ListedValues.of(k, input.value()));
        if (kind.isPresent() && input.value() != null && !input.value().isBlank() && value.isEmpty()) {
            errors.add(FieldError.of("value", "fraud.list.value.shape", kind.get().code()));
        }
        LocalDate listedOn = date("listedOn", input.listedOn(), errors).orElse(today);
        LocalDate expiresOn = date("expiresOn", input.expiresOn(), errors).orElse(null);
        if (listedOn.isAfter(today)) {
            errors.add(FieldError.of("listedOn", "fraud.list.listedOn.future"));
        }
        if (expiresOn != null && expiresOn.isBefore(listedOn)) {
            errors.add(FieldError.of("expiresOn", "fraud.list.expiresOn.beforeListed"));
        }
        return errors.size() == before && value.isPresent()
                ? Optional.of(new Checked(value.get(), listedOn, expiresOn)) : Optional.empty();
    }

    private static Optional<LocalDate> date(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, "fraud.list.date.format"));
            return Optional.empty();
        }
    }

    private static String kinds() {
        return Arrays.stream(ListKind.values()).map(ListKind::code).collect(Collectors.joining(", "));
    }
}
