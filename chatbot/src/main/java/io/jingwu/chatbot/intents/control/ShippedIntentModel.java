package io.jingwu.chatbot.intents.control;

import io.jingwu.api.platform.language.ModelRecipe;
import io.jingwu.api.platform.language.ShippedModel;

/**
 * The intent model for the corpus on the class path: the one the build trained ({@link IntentModelBuild}) when it
 * was trained from this very corpus by this very code, otherwise trained here and now.
 */
final class ShippedIntentModel {

    /** Where the build puts the model, on the class path beside the corpus. */
    static final String RESOURCE = "/io/jingwu/chatbot/intents/intent-model.bin";

    private ShippedIntentModel() {
    }

    static ShippedModel load() {
        byte[] corpus = IntentCorpus.bytes();
        return ShippedModel.load(ShippedIntentModel.class, RESOURCE, fingerprint(corpus), IntentCorpus.parse(corpus),
                IntentModelTrainer.defaultParameters());
    }

    /** The recipe of the intent model: this corpus, the intents' training parameters and the training code. */
    static String fingerprint(byte[] corpus) {
        return ModelRecipe.fingerprint(corpus, IntentModelTrainer.defaultParameters(), IntentModelTrainer.class);
    }
}
