package io.jingwu.api.repeats.control;

import java.util.Map;
import java.util.TreeMap;

/**
 * The features of a description for its SimHash: each pair of neighbouring Han characters (Chinese has no spaces
 * between words, and bigrams are the usual stand-in for them), each word of other scripts and each number, with
 * how often it occurs. The text is folded first, and spaces and punctuation only separate words, so they change
 * nothing else; a Han character standing alone between other words is a feature of its own.
 */
public final class Shingles {

    private Shingles() {
    }

    public static Map<String, Integer> of(String text) {
        Map<String, Integer> features = new TreeMap<>();
        String folded = Folding.fold(text);
        StringBuilder word = new StringBuilder();
        int previousHan = -1;
        boolean hanRunHasPair = false;
        int i = 0;
        while (i < folded.length()) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (Folding.isHan(c)) {
                flushWord(word, features);
                if (previousHan >= 0) {
                    add(features, new StringBuilder().appendCodePoint(previousHan).appendCodePoint(c).toString());
                    hanRunHasPair = true;
                }
                previousHan = c;
            } else if (Folding.isWordCharacter(c)) {
                previousHan = endHanRun(previousHan, hanRunHasPair, features);
                hanRunHasPair = false;
                word.appendCodePoint(c);
            } else {
                // punctuation and spaces: a word ends here, but a run of Han characters goes on across them
                flushWord(word, features);
            }
        }
        flushWord(word, features);
        endHanRun(previousHan, hanRunHasPair, features);
        return features;
    }

    private static int endHanRun(int previousHan, boolean runHasPair, Map<String, Integer> features) {
        if (previousHan >= 0 && !runHasPair) {
            add(features, new StringBuilder().appendCodePoint(previousHan).toString());
        }
        return -1;
    }

    private static void flushWord(StringBuilder word, Map<String, Integer> features) {
        if (!word.isEmpty()) {
            add(features, word.toString());
            word.setLength(0);
        }
    }

    private static void add(Map<String, Integer> features, String feature) {
        features.merge(feature, 1, Integer::sum);
    }
}
