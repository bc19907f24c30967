package io.jingwu.api.platform.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A language the service answers in. Chinese is the default wherever a citizen did not say otherwise. */
public enum Language {
    ZH("zh", Locale.SIMPLIFIED_CHINESE),
    EN("en", Locale.ENGLISH);

    public static final Language DEFAULT = ZH;

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** {@code zh}, {@code zh-CN}, {@code en-GB} ... by their primary language; empty for anything else. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        for (Language language : values()) {
            if (language.tag.equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The first acceptable language we speak, in the client's order of preference (as JAX-RS and Faces give it). */
    /** The language a caller asked for: {@code ?lang=} when it names one, else the best of Accept-Language. */
    public static Language requested(String lang, List<Locale> acceptable) {
        return fromTag(lang).orElseGet(() -> negotiate(acceptable));
    }

    public static Language negotiate(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale locale : acceptable) {
                Optional<Language> language = fromTag(locale.toLanguageTag());
                if (language.isPresent()) {
                    return language.get();
                }
            }
        }
        return DEFAULT;
    }

    public static Language of(Locale locale) {
        return locale == null ? DEFAULT : fromTag(locale.toLanguageTag()).orElse(DEFAULT);
    }
}
