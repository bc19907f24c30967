package io.jingwu.api.documents.control;

import io.jingwu.api.documents.entity.CheckDigit;
import io.jingwu.api.documents.entity.DocumentError;
import io.jingwu.api.documents.entity.ErrorField;
import io.jingwu.api.documents.entity.ParsedDocument;
import io.jingwu.api.documents.entity.ValidationResult;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The errors one validation collects; every check runs, so the caller learns all that is wrong at once. */
final class Findings {

    private final List<DocumentError> errors = new ArrayList<>();

    void add(ErrorField field, String messageKey, Object... args) {
        errors.add(DocumentError.of(field, messageKey, args));
    }

    void checkDigit(CheckDigit which) {
        errors.add(DocumentError.checkDigit(which));
    }

    /** A birth date that is no real day, or after today; null when neither. */
    void birthDate(LocalDate birth, LocalDate today) {
        if (birth == null) {
            add(ErrorField.BIRTH_DATE, "identity.birth-date.unreal");
        } else if (birth.isAfter(today)) {
            add(ErrorField.BIRTH_DATE, "identity.birth-date.future");
        }
    }

    /** Valid when nothing was found; expired when the expiry date has passed (its own day still counts). */
    ValidationResult result(ParsedDocument document, LocalDate today) {
        boolean expired = document != null && document.expiryDate() != null && document.expiryDate().isBefore(today);
        return new ValidationResult(errors.isEmpty(), expired, errors, document);
    }
}
