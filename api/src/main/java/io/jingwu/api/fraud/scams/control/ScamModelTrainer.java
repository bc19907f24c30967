package io.jingwu.api.fraud.scams.control;

import java.util.List;

import io.jingwu.api.platform.language.LabelledText;
import io.jingwu.api.platform.language.TextModelTrainer;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the two stages of the anti-fraud text model in memory from the labelled corpus ({@link TextModelTrainer});
 * the build trains the shipped model with these same settings ({@link ScamModelBuild}). Both stages learn from the
 * intents' features (Chinese character n-grams, English words and word pairs): in cross-validation, other n-gram
 * lengths, and the cues of {@link ScamCues} as features, moved the figures by less than the deal of the folds does.
 */
public final class ScamModelTrainer {

    /** The label of every scam, whatever its kind, for the first stage. */
    static final String SCAM = "SCAM";

    private ScamModelTrainer() {
    }

    /**
     * Scam or ordinary: maximum entropy by GIS, 150 iterations. In 5-fold cross-validation it told scams from
     * ordinary texts a little better (F1 0.897 at 0.5) than L-BFGS (0.885), and more iterations gained nothing.
     */
    public static TrainingParameters scamOrNotParameters() {
        return TextModelTrainer.maxent(150, 1);
    }

    /**
     * Which kind: maximum entropy by L-BFGS. GIS converges too slowly on the long texts of nine kinds (0.76 of the
     * scams given their kind in cross-validation, against 0.80); an L2 penalty from 0.1 to 1 made no difference.
     */
    public static TrainingParameters kindParameters() {
        return TextModelTrainer.quasiNewton(200, 0.1);
    }

    public static ScamModel train(List<LabelledText> examples, ScamThresholds thresholds) {
        return new ScamModel(TextModelTrainer.train(scamOrOrdinary(examples), scamOrNotParameters()),
                TextModelTrainer.train(scamsOnly(examples), kindParameters()), thresholds);
    }

    /** Every example labelled {@link #SCAM} or {@code ORDINARY}: what the first stage learns. */
    static List<LabelledText> scamOrOrdinary(List<LabelledText> examples) {
        return examples.stream()
                .map(example -> ScamCorpus.ORDINARY.equals(example.label()) ? example
                        : new LabelledText(SCAM, example.lang(), example.text()))
                .toList();
    }

    /** The scams with their kind: what the second stage learns. */
    static List<LabelledText> scamsOnly(List<LabelledText> examples) {
        return examples.stream().filter(example -> !ScamCorpus.ORDINARY.equals(example.label())).toList();
    }
}
