package io.jingwu.api.platform.language;

import java.util.Map;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.AbstractModel;

/**
 * The words and character n-grams a model was trained on. A message that shares none of them
 * ("asdfgh", "qqxjz wvvk") is out of scope without asking the model, which has nothing to
 * weigh for such text and would only return its uniform guess. The model lists them itself (with
 * a cutoff of 1 every feature of the corpus), so loading a built model needs no pass over the corpus.
 */
final class TrainingVocabulary {

    private static final FeatureGenerator[] WORD_FEATURES = TextModelTrainer.featureGenerators();

    private final Map<?, ?> features;

    private TrainingVocabulary(Map<?, ?> features) {
        this.features = features;
    }

    /** The features the model weighs: the predicates of its maximum-entropy model, which it only ever reads. */
    static TrainingVocabulary of(DoccatModel model) {
        Object[] parametersFeaturesAndOutcomes = ((AbstractModel) model.getMaxentModel()).getDataStructures();
        return new TrainingVocabulary((Map<?, ?>) parametersFeaturesAndOutcomes[1]);
    }

    boolean knowsAnyOf(String[] tokens) {
        for (FeatureGenerator generator : WORD_FEATURES) {
            for (String feature : generator.extractFeatures(tokens, Map.of())) {
                if (features.containsKey(feature)) {
                    return true;
                }
            }
        }
        return false;
    }
}
