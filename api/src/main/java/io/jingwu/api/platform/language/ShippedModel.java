package io.jingwu.api.platform.language;

import java.util.List;
import java.util.Optional;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.TrainingParameters;

/**
 * The model for a corpus on the class path: the one a build step trained when it was trained from this very corpus
 * by this very code, otherwise trained here and now. Both give the same model, since training is deterministic; the
 * built one spares every start the training.
 *
 * @param examples how many examples the model was trained on
 * @param trained whether it had to be trained (no built model, or one built by another recipe)
 */
public record ShippedModel(TextModel model, int examples, boolean trained) {

    /**
     * @param owner the class whose class loader finds {@code resource}
     * @param fingerprint the recipe's, from {@link ModelRecipe#fingerprint} of the same examples and parameters
     */
    public static ShippedModel load(Class<?> owner, String resource, String fingerprint, List<LabelledText> examples,
            TrainingParameters parameters) {
        List<DocumentSample> samples = TextModelTrainer.samples(examples);
        Optional<DoccatModel> built = TextModelFile.fromClassPath(owner, resource, fingerprint);
        DoccatModel model = built.orElseGet(() -> TextModelTrainer.trainMaxent(samples, parameters));
        return new ShippedModel(TextModelTrainer.withVocabularyOf(samples, model), samples.size(), built.isEmpty());
    }
}
