package io.jingwu.api.platform.problems;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;

import java.util.List;

/** One invalid field: its name as the client sent it and the message key (with arguments) that explains why. */
public record FieldError(String field, String messageKey, List<Object> args) {

    public FieldError {
        args = List.copyOf(args);
    }

    public static FieldError of(String field, String messageKey, Object... args) {
        return new FieldError(field, messageKey, List.of(args));
    }

    public String message(Language language) {
        return Messages.text(language, messageKey, args.toArray());
    }
}
