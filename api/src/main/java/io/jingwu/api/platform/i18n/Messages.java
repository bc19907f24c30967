package io.jingwu.api.platform.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Texts in every language, from UTF-8 properties bundles: the API's own ({@code io/jingwu/api/messages_*}),
 * its declared input rules' ({@code ValidationMessages_*}) or a module's (the chatbot's replies). Each language has its own file and never falls back to the server's
 * default locale, which could answer a Chinese citizen in English. Every bundle is complete in every language
 * (the tests hold them to it); should a text still be missing in one, it is worded in the language's
 * {@linkplain Language#fallback() fallback} (Russian in English), and a key missing everywhere shows itself
 * ({@code ??key??}) instead of failing the answer it is part of.
 */
public final class Messages {

    public static final String API = "io.jingwu.api.messages";

    /** The messages of the input rules declared as Bean Validation constraints ({@code ValidationMessages_*}). */
    public static final String VALIDATION = "ValidationMessages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String text(Language language, String key, Object... args) {
        return text(API, language, key, args);
    }

    public static String text(String bundle, Language language, String key, Object... args) {
        for (Language worded : language.withFallbacks()) {
            Optional<String> pattern = own(bundle, worded, key);
            if (pattern.isPresent()) {
                return args.length == 0 ? pattern.get() : new MessageFormat(pattern.get(), worded.locale()).format(args);
            }
        }
        return "??" + key + "??";
    }

    /** Whether the API's bundle of this very language has the key, without falling back. */
    public static boolean has(Language language, String key) {
        return own(API, language, key).isPresent();
    }

    /** The texts under {@code prefix.1}, {@code prefix.2}, ... in that order, up to the first gap. */
    public static List<String> numbered(String bundle, Language language, String prefix) {
        ResourceBundle texts = bundle(bundle, language);
        return java.util.stream.IntStream.iterate(1, i -> texts.containsKey(prefix + "." + i), i -> i + 1)
                .mapToObj(i -> texts.getString(prefix + "." + i))
                .toList();
    }

    private static Optional<String> own(String bundle, Language language, String key) {
        try {
            return Optional.of(bundle(bundle, language).getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    private static ResourceBundle bundle(String bundle, Language language) {
        return ResourceBundle.getBundle(bundle, Locale.forLanguageTag(language.tag()), Messages.class.getClassLoader(), NO_FALLBACK);
    }
}
