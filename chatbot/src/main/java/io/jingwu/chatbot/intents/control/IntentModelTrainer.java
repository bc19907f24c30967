package io.jingwu.chatbot.intents.control;

import java.util.List;

import io.jingwu.api.platform.language.LabelledText;
import io.jingwu.api.platform.language.TextModelTrainer;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the intent model in memory from labelled examples ({@link TextModelTrainer}). The build trains the shipped
 * model with these same settings ({@link IntentModelBuild}).
 */
public final class IntentModelTrainer {

    private IntentModelTrainer() {
    }

    /**
     * Maximum entropy trained by GIS. On 5-fold cross-validation of the corpus it beat naive
     * Bayes and L-BFGS with L2 regularisation (a little less accurate). 150 iterations: more
     * sharpen the probabilities without gaining accuracy and cost start-up time. Cutoff 1
     * keeps every n-gram: with a few hundred short sentences per intent, a bigram seen once
     * is still evidence.
     */
    public static TrainingParameters defaultParameters() {
        return TextModelTrainer.maxent(150, 1);
    }

    public static IntentModel train(List<LabelledText> examples) {
        return train(examples, defaultParameters());
    }

    public static IntentModel train(List<LabelledText> examples, TrainingParameters parameters) {
        return new IntentModel(TextModelTrainer.train(examples, parameters));
    }
}
