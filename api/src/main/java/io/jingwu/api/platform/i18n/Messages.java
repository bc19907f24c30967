package io.jingwu.api.platform.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts in every language, from UTF-8 properties bundles: the API's own ({@code io/jingwu/api/messages_*})
 * or a module's (the chatbot's replies). Each language has its own file and never falls back to the server's
 * default locale, which could answer a Chinese citizen in English. A missing key shows itself
 * ({@code ??key??}) instead of failing the answer it is part of.
 */
public final class Messages {

    public static final String API = "io.jingwu.api.messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String text(Language language, String key, Object... args) {
        return text(API, language, key, args);
    }

    public static String text(String bundle, Language language, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(bundle, language).getString(key);
        } catch (MissingResourceException e) {
            return "??" + key + "??";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
    }

    /** The texts under {@code prefix.1}, {@code prefix.2}, ... in that order, up to the first gap. */
    public static List<String> numbered(String bundle, Language language, String prefix) {
        ResourceBundle texts = bundle(bundle, language);
        return java.util.stream.IntStream.iterate(1, i -> texts.containsKey(prefix + "." + i), i -> i + 1)
                .mapToObj(i -> texts.getString(prefix + "." + i))
                .toList();
    }

    private static ResourceBundle bundle(String bundle, Language language) {
        return ResourceBundle.getBundle(bundle, Locale.forLanguageTag(language.tag()), Messages.class.getClassLoader(), NO_FALLBACK);
    }
}
