package io.jingwu.api.fraud.scams.control;

import java.util.List;
import java.util.Map;

import io.jingwu.api.platform.language.LabelledText;
import io.jingwu.api.platform.language.ModelRecipe;
import io.jingwu.api.platform.language.ShippedModel;
import opennlp.tools.util.TrainingParameters;

/**
 * The anti-fraud model for the corpus on the class path: the two stages the build trained ({@link ScamModelBuild})
 * when they were trained from this very corpus by this very code, otherwise trained here and now.
 */
public final class ShippedScamModel {

    /** Where the build puts the stages, on the class path beside the corpus. */
    static final String SCAM_OR_NOT = "/io/jingwu/api/fraud/scams/scam-or-not.bin";
    static final String KINDS = "/io/jingwu/api/fraud/scams/scam-kinds.bin";

    /**
     * @param examples how many examples the first stage was trained on (the whole corpus)
     * @param trained whether a stage had to be trained (none built, or built by another recipe)
     */
    public record Loaded(ScamModel model, int examples, boolean trained) {
    }

    private ShippedScamModel() {
    }

    public static Loaded load(ScamThresholds thresholds) {
        Map<String, byte[]> files = ScamCorpus.files();
        List<LabelledText> corpus = ScamCorpus.parse(files);
        ShippedModel scamOrNot = ShippedModel.load(ShippedScamModel.class, SCAM_OR_NOT,
                fingerprint(files, ScamModelTrainer.scamOrNotParameters()), ScamModelTrainer.scamOrOrdinary(corpus),
                ScamModelTrainer.scamOrNotParameters());
        ShippedModel kinds = ShippedModel.load(ShippedScamModel.class, KINDS,
                fingerprint(files, ScamModelTrainer.kindParameters()), ScamModelTrainer.scamsOnly(corpus),
                ScamModelTrainer.kindParameters());
        return new Loaded(new ScamModel(scamOrNot.model(), kinds.model(), thresholds), scamOrNot.examples(),
                scamOrNot.trained() || kinds.trained());
    }

    /** The recipe of a stage: the corpus files, the stage's training parameters and the training code. */
    static String fingerprint(Map<String, byte[]> files, TrainingParameters parameters) {
        return ModelRecipe.fingerprint(ScamCorpus.fingerprinted(files), parameters, ScamModelTrainer.class);
    }
}
