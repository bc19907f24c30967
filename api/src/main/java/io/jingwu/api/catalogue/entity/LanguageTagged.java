package io.jingwu.api.catalogue.entity;

import io.jingwu.api.platform.i18n.Language;

import java.util.List;
import java.util.Optional;

/**
 * A text of the catalogue in one language, keyed by its language tag ({@code zh}, {@code en}, {@code ru}, later
 * others) rather than by a column per language.
 */
public interface LanguageTagged {

    String lang();

    /**
     * The text in the language asked for, else along its fallbacks (Russian: English, then Chinese), else any: a
     * form never shows a gap.
     */
    static <T extends LanguageTagged> Optional<T> pick(List<T> texts, Language language) {
        return language.firstAvailable(l -> find(texts, l.tag()))
                .or(() -> texts.stream().findFirst());
    }

    private static <T extends LanguageTagged> Optional<T> find(List<T> texts, String tag) {
        return texts.stream().filter(t -> tag.equals(t.lang())).findFirst();
    }
}
