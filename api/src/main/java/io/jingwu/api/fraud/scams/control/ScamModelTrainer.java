package io.jingwu.api.fraud.scams.control;

import java.util.List;

import io.jingwu.api.platform.language.LabelledText;
import io.jingwu.api.platform.language.TextModelTrainer;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the anti-fraud text model in memory from the labelled corpus ({@link TextModelTrainer}); the build trains
 * the shipped model with these same settings ({@link ScamModelBuild}).
 */
public final class ScamModelTrainer {

    private ScamModelTrainer() {
    }

    /** Maximum entropy trained by GIS. */
    public static TrainingParameters defaultParameters() {
        return TextModelTrainer.maxent(150, 1);
    }

    public static ScamModel train(List<LabelledText> examples) {
        return train(examples, defaultParameters(), ScamThresholds.CALIBRATED);
    }

    public static ScamModel train(List<LabelledText> examples, TrainingParameters parameters, ScamThresholds thresholds) {
        return new ScamModel(TextModelTrainer.train(examples, parameters), thresholds);
    }
}
