package io.jingwu.api.platform.language;

import java.lang.Character.UnicodeScript;
import java.util.Set;

/**
 * The writing systems the text models are trained on: Han for Chinese and Latin for English. Text mostly written in
 * another (Cyrillic, Arabic, Thai, Korean, Japanese kana, ...) is text a model cannot read: it would judge it by the
 * few Latin words or digits that happen to be in it, and should say that it cannot judge instead.
 */
public final class TextScripts {

    private static final Set<UnicodeScript> TRAINED = Set.of(UnicodeScript.HAN, UnicodeScript.LATIN);
    /** Marks shared by several scripts (the Japanese prolonged sound mark, combining accents) say nothing. */
    private static final Set<UnicodeScript> SHARED = Set.of(UnicodeScript.COMMON, UnicodeScript.INHERITED);

    private TextScripts() {
    }

    /** False when more than half of the letters of the text are of a script the models were not trained on. */
    public static boolean readable(String text) {
        if (text == null) {
            return true;
        }
        int letters = 0;
        int foreign = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            UnicodeScript script = UnicodeScript.of(c);
            if (Character.isLetter(c) && !SHARED.contains(script)) {
                letters++;
                if (!TRAINED.contains(script)) {
                    foreign++;
                }
            }
        }
        return foreign * 2 <= letters;
    }
}
