package io.jingwu.chatbot.intents.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import io.jingwu.chatbot.intents.entity.IntentExample;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the intent model in memory from labelled examples. The build trains the shipped
 * model with these same settings ({@link IntentModelBuild}); nothing trained is versioned.
 */
public final class IntentModelTrainer {

    private IntentModelTrainer() {
    }

    /**
     * Maximum entropy trained by GIS, OpenNLP's default. On 5-fold cross-validation of the
     * corpus it beat naive Bayes (whose probabilities are near 0 or 1 even when it is
     * wrong, so no threshold can catch its mistakes) and L-BFGS with L2 regularisation
     * (a little less accurate). 150 iterations: more sharpen the probabilities without
     * gaining accuracy and cost start-up time. Cutoff 1 keeps every n-gram: with a few
     * hundred short sentences per intent, a bigram seen once is still evidence.
     */
    public static TrainingParameters defaultParameters() {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, GISTrainer.MAXENT_VALUE);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, 150);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        return parameters;
    }

    /** Character n-grams for Chinese, stemmed words and word pairs for English. */
    public static FeatureGenerator[] featureGenerators() {
        return new FeatureGenerator[] {new HanNgramFeatures(), new LatinWordFeatures()};
    }

    public static IntentModel train(List<IntentExample> examples) {
        return train(examples, defaultParameters());
    }

    public static IntentModel train(List<IntentExample> examples, TrainingParameters parameters) {
        List<DocumentSample> samples = samples(examples);
        return withVocabularyOf(samples, trainMaxent(samples, parameters));
    }

    /** The examples as OpenNLP samples: segmented text, examples that segment to nothing left out. */
    static List<DocumentSample> samples(List<IntentExample> examples) {
        return examples.stream()
                .map(example -> new DocumentSample(example.intent().name(),
                        TextSegmenter.segment(example.text()).toArray(String[]::new)))
                .filter(sample -> sample.getText().length > 0)
                .toList();
    }

    /** A model trained earlier from these samples, ready to classify. */
    static IntentModel withVocabularyOf(List<DocumentSample> samples, DoccatModel model) {
        return new IntentModel(model, TrainingVocabulary.of(samples.stream().map(DocumentSample::getText).toList()));
    }

    static DoccatModel trainMaxent(List<DocumentSample> samples, TrainingParameters parameters) {
        FeatureGenerator[] generators = featureGenerators();
        try {
            DoccatModel model = DocumentCategorizerME.train("zh-en", ObjectStreamUtils.createObjectStream(samples),
                    parameters, new DoccatFactory(generators));
            // The model rebuilds its factory from the manifest and would then load the
            // generators by class name, which OpenNLP refuses for packages outside its own
            // unless they are registered globally. Handing over the instances avoids both.
            model.getFactory().setFeatureGenerators(generators);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("training the intent model failed", e);
        }
    }
}
