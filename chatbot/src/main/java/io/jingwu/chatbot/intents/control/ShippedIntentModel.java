package io.jingwu.chatbot.intents.control;

import java.util.List;
import java.util.Optional;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentSample;

/**
 * The intent model for the corpus on the class path: the one the build trained when it was trained from
 * this very corpus by this very code, otherwise trained here and now. Both give the same model, since
 * training is deterministic; the built one spares every start the training.
 */
final class ShippedIntentModel {

    /** The model and whether it had to be trained (no built model, or one built from another recipe). */
    record Loaded(IntentModel model, int examples, boolean trained) {
    }

    private ShippedIntentModel() {
    }

    static Loaded load() {
        byte[] corpus = IntentCorpus.bytes();
        List<DocumentSample> samples = IntentModelTrainer.samples(IntentCorpus.parse(corpus));
        Optional<DoccatModel> built = IntentModelFile.fromClassPath(IntentRecipe.fingerprint(corpus));
        DoccatModel model = built.orElseGet(
                () -> IntentModelTrainer.trainMaxent(samples, IntentModelTrainer.defaultParameters()));
        return new Loaded(IntentModelTrainer.withVocabularyOf(samples, model), samples.size(), built.isEmpty());
    }
}
