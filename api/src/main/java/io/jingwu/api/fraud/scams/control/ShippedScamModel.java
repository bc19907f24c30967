package io.jingwu.api.fraud.scams.control;

import java.util.Map;

import io.jingwu.api.platform.language.ModelRecipe;
import io.jingwu.api.platform.language.ShippedModel;

/**
 * The anti-fraud model for the corpus on the class path: the one the build trained ({@link ScamModelBuild}) when it
 * was trained from this very corpus by this very code, otherwise trained here and now.
 */
public final class ShippedScamModel {

    /** Where the build puts the model, on the class path beside the corpus. */
    static final String RESOURCE = "/io/jingwu/api/fraud/scams/scam-model.bin";

    private ShippedScamModel() {
    }

    public static ShippedModel load() {
        Map<String, byte[]> files = ScamCorpus.files();
        return ShippedModel.load(ShippedScamModel.class, RESOURCE, fingerprint(files), ScamCorpus.parse(files),
                ScamModelTrainer.defaultParameters());
    }

    /** The recipe of the model: the corpus files, the training parameters and the training code. */
    static String fingerprint(Map<String, byte[]> files) {
        return ModelRecipe.fingerprint(ScamCorpus.fingerprinted(files), ScamModelTrainer.defaultParameters(),
                ScamModelTrainer.class);
    }
}
