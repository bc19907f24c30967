package io.jingwu.api.documents.entity;

import java.util.List;

/**
 * The verdict on one document. {@code valid} judges structure and check digits only; whether the document is
 * still in force is {@code expired}, kept apart so that a form can accept an old passport's number while a
 * verification refuses it.
 *
 * @param document what could be read; null when not even the layout was recognised
 */
public record ValidationResult(boolean valid, boolean expired, List<DocumentError> errors, ParsedDocument document) {

    public ValidationResult {
        errors = List.copyOf(errors);
    }

    public static ValidationResult malformed(DocumentError error) {
        return new ValidationResult(false, false, List.of(error), null);
    }
}
