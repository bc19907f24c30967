package io.jingwu.api.platform.language;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * The words and character n-grams seen in training. A message that shares none of them
 * ("asdfgh", "qqxjz wvvk") is out of scope without asking the model, which has nothing to
 * weigh for such text and would only return its uniform guess.
 */
final class TrainingVocabulary {

    private static final FeatureGenerator[] WORD_FEATURES = TextModelTrainer.featureGenerators();

    private final Set<String> features;

    private TrainingVocabulary(Set<String> features) {
        this.features = Set.copyOf(features);
    }

    static TrainingVocabulary of(List<String[]> trainingTokens) {
        Set<String> features = new HashSet<>();
        for (String[] tokens : trainingTokens) {
            for (FeatureGenerator generator : WORD_FEATURES) {
                features.addAll(generator.extractFeatures(tokens, Map.of()));
            }
        }
        return new TrainingVocabulary(features);
    }

    boolean knowsAnyOf(String[] tokens) {
        for (FeatureGenerator generator : WORD_FEATURES) {
            for (String feature : generator.extractFeatures(tokens, Map.of())) {
                if (features.contains(feature)) {
                    return true;
                }
            }
        }
        return false;
    }
}
