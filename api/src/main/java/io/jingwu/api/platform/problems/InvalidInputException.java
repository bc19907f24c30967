package io.jingwu.api.platform.problems;

import java.util.List;

/**
 * Input that breaks a rule. Thrown before anything is written, so nothing is half-stored; every channel
 * (REST, pages, chatbot) words the same errors in its user's language.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("Invalid fields: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
