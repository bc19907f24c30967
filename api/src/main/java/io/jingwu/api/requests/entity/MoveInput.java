package io.jingwu.api.requests.entity;

import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.validation.Texts;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken input rule of one move, so the answer lists them all at once. */
final class MoveInput {

    private final List<FieldError> errors = new ArrayList<>();

    /** The one text of a move, stripped, or the move refused when it is blank or too long. */
    static String requiredText(String field, String text, int max) {
        MoveInput input = new MoveInput();
        String stripped = input.required(field, text, max);
        input.check();
        return stripped;
    }

    /** The one optional text of a move, stripped (null when blank), or the move refused when it is too long. */
    static String optionalText(String field, String text, int max) {
        MoveInput input = new MoveInput();
        String stripped = input.optional(field, text, max);
        input.check();
        return stripped;
    }

    String required(String field, String text, int max) {
        if (Texts.isBlank(text)) {
            refuse(field, "lifecycle." + field + ".required");
            return null;
        }
        return optional(field, text, max);
    }

    String optional(String field, String text, int max) {
        String stripped = Texts.stripped(text);
        if (stripped == null) {
            return null;
        }
        if (Texts.length(stripped) > max) {
            refuse(field, "lifecycle.text.length", max);
        }
        return stripped;
    }

    void refuse(String field, String key, Object... args) {
        errors.add(FieldError.of(field, key, args));
    }

    /** Refuses the move with every broken rule, if any. */
    void check() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
