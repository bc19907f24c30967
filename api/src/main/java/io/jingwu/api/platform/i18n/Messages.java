package io.jingwu.api.platform.i18n;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the API in every language, from {@code io/jingwu/api/messages_*.properties}. A missing key shows
 * itself ({@code ??key??}) instead of failing the answer it is part of.
 */
public final class Messages {

    private static final String BUNDLE = "io.jingwu.api.messages";

    private Messages() {
    }

    public static String text(Language language, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, language.locale(), Messages.class.getClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return "??" + key + "??";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
    }
}
