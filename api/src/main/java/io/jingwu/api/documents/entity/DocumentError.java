package io.jingwu.api.documents.entity;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;

import java.util.List;

/**
 * One reason a document was refused, worded only when the caller's language is known. Arguments never hold the
 * document number or a part of it.
 *
 * @param checkDigit which check digit failed, for {@link ErrorField#CHECK_DIGIT}; null otherwise
 */
public record DocumentError(ErrorField field, CheckDigit checkDigit, String messageKey, List<Object> args) {

    public DocumentError {
        args = List.copyOf(args);
    }

    public static DocumentError of(ErrorField field, String messageKey, Object... args) {
        return new DocumentError(field, null, messageKey, List.of(args));
    }

    public static DocumentError checkDigit(CheckDigit checkDigit) {
        return new DocumentError(ErrorField.CHECK_DIGIT, checkDigit, "identity.check-digit." + checkDigit.name(), List.of());
    }

    public String message(Language language) {
        return Messages.text(language, messageKey, args.toArray());
    }
}
