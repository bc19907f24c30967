package io.jingwu.api.fraud.scams.control;

import java.util.EnumMap;
import java.util.Map;

import io.jingwu.api.fraud.scams.entity.ScamKind;
import io.jingwu.api.fraud.scams.entity.ScamReading;
import io.jingwu.api.platform.language.TextModel;
import io.jingwu.api.platform.language.TextScripts;

/**
 * The trained anti-fraud text model: one categorizer over the nine kinds of scam and {@code ORDINARY}. The
 * probability of a scam is that of all nine kinds together. Safe to share between threads, as its {@link TextModel}.
 */
public final class ScamModel {

    private final TextModel model;
    private final ScamThresholds thresholds;

    ScamModel(TextModel model, ScamThresholds thresholds) {
        this.model = model;
        this.thresholds = thresholds;
    }

    /** Scam or not, which kind, with what probability, and whether the model could read the text at all. */
    public ScamReading read(String text) {
        return thresholds.judge(odds(text));
    }

    /** The probabilities the reading is made from; for cross-validation, which tries other thresholds on them. */
    ScamOdds odds(String text) {
        if (!TextScripts.readable(text)) {
            return ScamOdds.UNREADABLE;
        }
        Map<String, Double> probabilities = model.probabilities(text);
        if (probabilities.isEmpty()) {
            return ScamOdds.NOTHING_TO_WEIGH;
        }
        Map<ScamKind, Double> kinds = new EnumMap<>(ScamKind.class);
        double scam = 0;
        for (ScamKind kind : ScamKind.values()) {
            double probability = probabilities.getOrDefault(kind.name(), 0.0);
            kinds.put(kind, probability);
            scam += probability;
        }
        return new ScamOdds(true, Math.min(1.0, scam), kinds);
    }
}
