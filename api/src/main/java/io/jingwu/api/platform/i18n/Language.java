package io.jingwu.api.platform.i18n;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A language the service answers in. Chinese is the default wherever a citizen did not say otherwise.
 * <p>
 * Our own texts (message bundles, chatbot replies) exist in every language. Content that people write and keep
 * as data (the service catalogue, unit names) must exist in the languages {@linkplain #isRequiredInContent()
 * required in content}; any other language reads it along its {@link #fallback()}: Russian content not written
 * yet is shown in English, English content missing is shown in Chinese.
 */
public enum Language {
    ZH("zh", Locale.SIMPLIFIED_CHINESE, true),
    EN("en", Locale.ENGLISH, true),
    RU("ru", Locale.forLanguageTag("ru"), false);

    public static final Language DEFAULT = ZH;

    private final String tag;
    private final Locale locale;
    private final boolean requiredInContent;

    Language(String tag, Locale locale, boolean requiredInContent) {
        this.tag = tag;
        this.locale = locale;
        this.requiredInContent = requiredInContent;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** Whether content kept as data (catalogue texts, unit names) must be written in this language. */
    public boolean isRequiredInContent() {
        return requiredInContent;
    }

    /** The languages every content text must be written in: zh and en. */
    public static List<Language> requiredInContent() {
        return Arrays.stream(values()).filter(Language::isRequiredInContent).toList();
    }

    /** The language a text missing in this one is read in: Russian falls back to English, English to Chinese. */
    public Optional<Language> fallback() {
        return switch (this) {
            case ZH -> Optional.empty();
            case EN -> Optional.of(ZH);
            case RU -> Optional.of(EN);
        };
    }

    /** This language, then its fallback, then the fallback's, and so on: {@code ru, en, zh}. */
    public List<Language> withFallbacks() {
        List<Language> chain = new ArrayList<>();
        for (Optional<Language> next = Optional.of(this); next.isPresent(); next = next.get().fallback()) {
            chain.add(next.get());
        }
        return chain;
    }

    /** The first text found along {@link #withFallbacks()}; {@code textIn} answers empty where there is none. */
    public <T> Optional<T> firstAvailable(Function<Language, Optional<T>> textIn) {
        for (Language language : withFallbacks()) {
            Optional<T> text = textIn.apply(language);
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    /**
     * For content kept as one Chinese and one English column (unit names): the one this language reads, along its
     * fallbacks; a blank column counts as missing.
     */
    public String pick(String zh, String en) {
        return firstAvailable(language -> Optional.ofNullable(switch (language) {
            case ZH -> zh;
            case EN -> en;
            default -> null;
        }).filter(text -> !text.isBlank())).orElse(zh);
    }

    /** Every tag we speak, for messages that list them: {@code zh, en, ru}. */
    public static String allTags() {
        return Arrays.stream(values()).map(Language::tag).collect(Collectors.joining(", "));
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

    /** The language a caller asked for: {@code ?lang=} when it names one, else the best of Accept-Language. */
    public static Language requested(String lang, List<Locale> acceptable) {
        return fromTag(lang).orElseGet(() -> negotiate(acceptable));
    }

    /** The first acceptable language we speak, in the client's order of preference (as JAX-RS and Faces give it). */
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
