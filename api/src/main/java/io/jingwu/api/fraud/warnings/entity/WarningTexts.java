package io.jingwu.api.fraud.warnings.entity;

import io.jingwu.api.platform.i18n.Language;

import java.util.Optional;

/**
 * A warning's words in each language it was written in: Chinese always; a follower of another language reads the
 * text along their language's {@linkplain Language#fallback() fallback} (Russian in English, English in Chinese).
 */
public record WarningTexts(String zh, String en, String ru) {

    public WarningTexts {
        if (zh == null || zh.isBlank()) {
            throw new IllegalArgumentException("A warning is always written in Chinese");
        }
        en = en == null || en.isBlank() ? null : en;
        ru = ru == null || ru.isBlank() ? null : ru;
    }

    /** The language whose text a reader of {@code language} is sent. */
    public Language writtenFor(Language language) {
        return language.firstAvailable(written -> Optional.ofNullable(own(written)).map(text -> written))
                .orElse(Language.ZH);
    }

    /** The text a reader of {@code language} is sent. */
    public String in(Language language) {
        return own(writtenFor(language));
    }

    /** The text written in this very language, or null. */
    public String own(Language language) {
        return switch (language) {
            case ZH -> zh;
            case EN -> en;
            case RU -> ru;
        };
    }
}
