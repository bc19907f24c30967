package io.jingwu.api.platform.problems;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;

import java.util.List;

/**
 * One invalid field: its name as the client sent it and the message (bundle, key, arguments) that explains why,
 * worded only when the answer's language is known.
 */
public record FieldError(String field, String bundle, String messageKey, List<Object> args) {

    public FieldError {
        args = List.copyOf(args);
    }

    /** A message of the API's own bundle. */
    public static FieldError of(String field, String messageKey, Object... args) {
        return new FieldError(field, Messages.API, messageKey, List.of(args));
    }

    /**
     * A message of the declared input rules' bundle, for a rule kept as code that says what a declared one says
     * (the same value typed in another place, checked where no input record carries it).
     */
    public static FieldError ofDeclared(String field, String messageKey, Object... args) {
        return new FieldError(field, Messages.VALIDATION, messageKey, List.of(args));
    }

    public String message(Language language) {
        return Messages.text(bundle, language, messageKey, args.toArray());
    }
}
