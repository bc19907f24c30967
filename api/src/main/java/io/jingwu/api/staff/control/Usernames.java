package io.jingwu.api.staff.control;

import java.util.Locale;
import java.util.regex.Pattern;

/** How user names are written: lower-case ASCII letters, digits, dot, dash and underscore, starting with a letter. */
public final class Usernames {

    public static final int MAX_LENGTH = 64;
    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9._-]{2,63}");

    private Usernames() {
    }

    /** The name as stored: trimmed and lower-cased, so that "Admin " and "admin" are one account. */
    public static String normalise(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isWellFormed(String normalised) {
        return normalised != null && FORM.matcher(normalised).matches();
    }
}
