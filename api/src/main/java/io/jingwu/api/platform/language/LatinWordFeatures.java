package io.jingwu.api.platform.language;

import java.util.LinkedHashSet;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Word unigrams and bigrams of the alphabetic and numeric tokens, stemmed so that "wages",
 * "scammed" and "renewing" meet "wage", "scam" and "renew" in the corpus. Function words
 * appear only inside bigrams ("how do", "my id"): alone they occur in every label and
 * would only add noise. Numbers and codes are replaced by their shape: which digits a
 * citizen typed says nothing about the label, but that a tracking-number-like code is
 * present does.
 */
public class LatinWordFeatures implements FeatureGenerator {

    /** Numbers this short are kept as they are: 110, 120, 12345 and 96110 carry meaning. */
    static final int MAX_LITERAL_NUMBER_LENGTH = 5;

    static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "i", "im", "me", "my", "you", "your", "it", "its", "is", "are", "am", "was",
            "be", "to", "of", "in", "on", "at", "for", "and", "or", "do", "does", "did", "this", "that",
            "with", "so", "s", "d", "ll", "ve");

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        PorterStemmer stemmer = new PorterStemmer(); // keeps state between calls: one per message
        Set<String> features = new LinkedHashSet<>();
        String previous = null;
        for (String token : tokens) {
            if (TextSegmenter.isHanToken(token)) {
                previous = null;
                continue;
            }
            String word = normalisedWord(token, stemmer);
            if (!FUNCTION_WORDS.contains(token)) {
                features.add("en1=" + word);
            }
            if (previous != null) {
                features.add("en2=" + previous + "_" + word);
            }
            previous = word;
        }
        return features;
    }

    private static String normalisedWord(String token, PorterStemmer stemmer) {
        String shape = shapeOf(token);
        if (!shape.equals(token) || !token.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return shape;
        }
        return stemmer.stem(token);
    }

    static String shapeOf(String token) {
        boolean hasDigit = token.chars().anyMatch(Character::isDigit);
        boolean hasLetter = token.chars().anyMatch(Character::isLetter);
        if (hasDigit && hasLetter) {
            return token.length() >= 6 ? "<code>" : token;
        }
        if (hasDigit && token.length() > MAX_LITERAL_NUMBER_LENGTH) {
            return "<number>";
        }
        return token;
    }
}
