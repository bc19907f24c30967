package io.jingwu.api.platform.language;

/**
 * Folds a text one character for one: full-width letters, digits and punctuation onto ASCII, the ideographic space
 * onto a space, upper onto lower case, traditional Chinese onto simplified. Unlike {@link TextSegmenter}'s NFKC,
 * which may turn one character into several, the folded text is exactly as long as the original, so a span found
 * in it is the same span of what the citizen wrote.
 */
public final class CharacterFolding {

    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_WIDTH_OFFSET = FULL_WIDTH_FIRST - '!';
    private static final char IDEOGRAPHIC_SPACE = '\u3000';

    private CharacterFolding() {
    }

    public static String fold(String text) {
        char[] folded = text.toCharArray();
        for (int i = 0; i < folded.length; i++) {
            folded[i] = fold(folded[i]);
        }
        return new String(folded);
    }

    private static char fold(char c) {
        if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
            c = (char) (c - FULL_WIDTH_OFFSET);
        } else if (c == IDEOGRAPHIC_SPACE) {
            return ' ';
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        char lower = Character.toLowerCase(c);
        return (char) TraditionalChinese.simplify(lower);
    }
}
