package io.jingwu.api.repeats.control;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The common ground of two ways of writing the same thing: NFKC (full-width letters, digits and spaces become
 * their ordinary forms, compatibility characters their plain ones), then lower case.
 */
final class Folding {

    private Folding() {
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** Letters (any script, Han included) and digits are what a text says; the rest is layout and punctuation. */
    static boolean isWordCharacter(int codePoint) {
        return Character.isLetterOrDigit(codePoint);
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
