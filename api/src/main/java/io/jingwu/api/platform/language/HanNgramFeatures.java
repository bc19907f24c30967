package io.jingwu.api.platform.language;

import java.util.LinkedHashSet;
import java.util.Collection;
import java.util.Set;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character 1-, 2- and 3-grams of every Han run. Character n-grams need no word
 * segmentation dictionary and still catch the words that decide what a text is about
 * (丢了, 身份证, 安全账户, 欠工资), including when a citizen mistypes one character.
 */
public class HanNgramFeatures implements FeatureGenerator {

    static final int MAX_N = 3;

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        Set<String> features = new LinkedHashSet<>();
        for (String token : tokens) {
            if (!TextSegmenter.isHanToken(token)) {
                continue;
            }
            int[] chars = token.codePoints().toArray();
            for (int n = 1; n <= MAX_N; n++) {
                for (int start = 0; start + n <= chars.length; start++) {
                    features.add("zh" + n + "=" + new String(chars, start, n));
                }
            }
        }
        return features;
    }
}
