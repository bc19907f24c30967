package io.jingwu.chatbot.intents.control;

import java.util.EnumMap;
import java.util.Map;

import io.jingwu.api.platform.language.TextModel;
import io.jingwu.chatbot.intents.entity.Intent;
import io.jingwu.chatbot.intents.entity.IntentPrediction;

/** A trained intent model; safe to share between threads, as the {@link TextModel} it answers with. */
public final class IntentModel {

    private final TextModel model;

    IntentModel(TextModel model) {
        this.model = model;
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
        return new IntentPrediction(best.getKey(), best.getValue());
    }

    /** Probability per intent; empty when the text shares no feature with the training corpus. */
    public Map<Intent, Double> probabilities(String text) {
        Map<Intent, Double> probabilities = new EnumMap<>(Intent.class);
        model.probabilities(text).forEach((intent, probability) -> probabilities.put(Intent.valueOf(intent), probability));
        return probabilities;
    }
}
