package io.jingwu.chatbot.intents.control;

import java.util.EnumMap;
import java.util.Map;

import io.jingwu.chatbot.intents.entity.Intent;
import io.jingwu.chatbot.intents.entity.IntentPrediction;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * A trained intent model. Safe to share between threads: the OpenNLP model is only read,
 * and the categorizer, which keeps per-call state, is created for every message; it is a
 * thin wrapper, far cheaper than the classification itself, and unlike a thread-local one
 * leaves nothing behind in the server's pooled threads when the application is redeployed.
 */
public final class IntentModel {

    private final DoccatModel model;
    private final TrainingVocabulary vocabulary;

    IntentModel(DoccatModel model, TrainingVocabulary vocabulary) {
        this.model = model;
        this.vocabulary = vocabulary;
    }

    /**
     * The most probable intent, or {@link Intent#OUT_OF_SCOPE} when the model is less sure
     * than {@code minConfidence}: a wrong guess sends a citizen down the wrong path, while
     * "I can help with ..." lets them rephrase.
     */
    public IntentPrediction classify(String text, double minConfidence) {
        IntentPrediction best = predict(text);
        if (best.confidence() < minConfidence) {
            return new IntentPrediction(Intent.OUT_OF_SCOPE, best.confidence());
        }
        return best;
    }

    /** The most probable intent with no threshold applied; for evaluation and tuning. */
    public IntentPrediction predict(String text) {
        Map<Intent, Double> probabilities = probabilities(text);
        if (probabilities.isEmpty()) {
            return IntentPrediction.nothingToJudge();
        }
        Map.Entry<Intent, Double> best = probabilities.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow();
        return new IntentPrediction(best.getKey(), Math.min(1.0, Math.max(0.0, best.getValue())));
    }

    /** Probability per intent; empty when the text shares no feature with the training corpus. */
    public Map<Intent, Double> probabilities(String text) {
        String[] tokens = TextSegmenter.segment(text).toArray(String[]::new);
        Map<Intent, Double> probabilities = new EnumMap<>(Intent.class);
        if (tokens.length == 0 || !vocabulary.knowsAnyOf(tokens)) {
            return probabilities;
        }
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        double[] outcomes = categorizer.categorize(tokens);
        for (int i = 0; i < outcomes.length; i++) {
            probabilities.put(Intent.valueOf(categorizer.getCategory(i)), outcomes[i]);
        }
        return probabilities;
    }
}
