package io.jingwu.api.platform.language;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a text (a chat message, an SMS, a victim's account) into the tokens a categorizer works on: runs of Han
 * characters and Latin (or other alphabetic) words. Chinese is written without spaces, so a whitespace
 * tokenizer would see a whole Chinese sentence as one token; the feature generators take
 * the Han runs apart into character n-grams instead.
 */
public final class TextSegmenter {

    /** Longer input is cut off: what a text is about shows in its first sentences, and work stays bounded. */
    static final int MAX_CHARS = 2000;

    private TextSegmenter() {
    }

    public static List<String> segment(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return tokens;
        }
        String normalised = normalise(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        StringBuilder han = new StringBuilder();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < normalised.length(); ) {
            int c = normalised.codePointAt(i);
            i += Character.charCount(c);
            if (isHan(c)) {
                flush(word, tokens);
                han.appendCodePoint(TraditionalChinese.simplify(c));
            } else if (Character.isLetterOrDigit(c)) {
                flush(han, tokens);
                word.appendCodePoint(c);
            } else if (Character.isWhitespace(c)) {
                // "身份证 丢了": people put spaces inside Chinese phrases, so a space ends a
                // word but not a run of Han characters.
                flush(word, tokens);
            } else if (isApostrophe(c) && word.length() > 0) {
                // "don't", "what's" stay one word.
                continue;
            } else {
                flush(word, tokens);
                flush(han, tokens);
            }
        }
        flush(word, tokens);
        flush(han, tokens);
        return tokens;
    }

    /** NFKC folds full-width letters, digits and punctuation onto their ASCII forms. */
    public static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    public static boolean isHanToken(String token) {
        return !token.isEmpty() && isHan(token.codePointAt(0));
    }

    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019';
    }

    private static void flush(StringBuilder run, List<String> tokens) {
        if (run.length() > 0) {
            tokens.add(run.toString());
            run.setLength(0);
        }
    }
}
