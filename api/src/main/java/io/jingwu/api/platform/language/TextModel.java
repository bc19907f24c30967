package io.jingwu.api.platform.language;

import java.util.LinkedHashMap;
import java.util.Map;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * A trained text categorizer. Safe to share between threads: the OpenNLP model is only read, and the categorizer,
 * which keeps per-call state, is created for every text; it is a thin wrapper, far cheaper than the categorization
 * itself, and unlike a thread-local one leaves nothing behind in the server's pooled threads when the application is
 * redeployed.
 */
public final class TextModel {

    private final DoccatModel model;
    private final TrainingVocabulary vocabulary;

    TextModel(DoccatModel model, TrainingVocabulary vocabulary) {
        this.model = model;
        this.vocabulary = vocabulary;
    }

    /**
     * Probability per label, in the model's order of labels; empty when the text shares no feature with the training
     * corpus: the model has nothing to weigh for such text and would only return its uniform guess.
     */
    public Map<String, Double> probabilities(String text) {
        String[] tokens = TextSegmenter.segment(text).toArray(String[]::new);
        Map<String, Double> probabilities = new LinkedHashMap<>();
        if (tokens.length == 0 || !vocabulary.knowsAnyOf(tokens)) {
            return probabilities;
        }
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        double[] outcomes = categorizer.categorize(tokens);
        for (int i = 0; i < outcomes.length; i++) {
            probabilities.put(categorizer.getCategory(i), Math.min(1.0, Math.max(0.0, outcomes[i])));
        }
        return probabilities;
    }
}
