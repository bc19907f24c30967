package io.jingwu.chatbot.dialog.boundary;

import java.util.ArrayList;
import java.util.List;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;

/**
 * The rules a chat message must meet before the chatbot reads it. A malformed
 * conversation id is not among them: it starts a new conversation instead.
 */
final class ChatMessageValidation {

    /** Characters as a citizen counts them: 𠮷 is one. */
    static final int MAX_TEXT_LENGTH = 1000;

    private static final String BUNDLE = "io.jingwu.chatbot.dialog.validation";

    private ChatMessageValidation() {
    }

    /** Every broken rule; empty when the message is acceptable. */
    static List<FieldError> check(ChatMessageRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String text = request == null ? null : request.text();
        if (text == null || text.isBlank()) {
            errors.add(error("text", "text.required"));
        } else if (text.codePointCount(0, text.length()) > MAX_TEXT_LENGTH) {
            errors.add(error("text", "text.tooLong", String.valueOf(MAX_TEXT_LENGTH)));
        }
        String lang = request == null ? null : request.lang();
        if (lang != null && Language.fromTag(lang).isEmpty()) {
            errors.add(error("lang", "lang.unsupported", Language.allTags()));
        }
        return errors;
    }

    private static FieldError error(String field, String key, Object... args) {
        return new FieldError(field, BUNDLE, key, List.of(args));
    }
}
