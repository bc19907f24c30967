package io.jingwu.api.platform.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains a text categorizer in memory from labelled texts: maximum entropy over character n-grams for Chinese and
 * stemmed words and word pairs for English. Nothing trained is versioned: a build step trains the shipped model with
 * the same code ({@link TextModelFile}, {@link ModelRecipe}).
 */
public final class TextModelTrainer {

    private TextModelTrainer() {
    }

    /**
     * Maximum entropy trained by GIS, OpenNLP's default, with {@code cutoff} the fewest texts a feature must occur in
     * to be kept. Naive Bayes is no alternative for a model whose doubt matters: its probabilities are near 0 or 1
     * even when it is wrong, so no threshold can catch its mistakes.
     */
    public static TrainingParameters maxent(int iterations, int cutoff) {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, GISTrainer.MAXENT_VALUE);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        return parameters;
    }

    /**
     * Maximum entropy trained by L-BFGS with an L2 penalty of {@code l2Cost} and no L1 penalty, every feature kept.
     * Unlike GIS, whose steps shrink with the number of features a text has, it converges on long texts too.
     */
    public static TrainingParameters quasiNewton(int iterations, double l2Cost) {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        parameters.put(QNTrainer.L1COST_PARAM, 0.0);
        parameters.put(QNTrainer.L2COST_PARAM, l2Cost);
        return parameters;
    }

    /** Character n-grams for Chinese, stemmed words and word pairs for English. */
    public static FeatureGenerator[] featureGenerators() {
        return new FeatureGenerator[] {new HanNgramFeatures(), new LatinWordFeatures()};
    }

    public static TextModel train(List<LabelledText> examples, TrainingParameters parameters) {
        List<DocumentSample> samples = samples(examples);
        return withVocabularyOf(samples, trainMaxent(samples, parameters));
    }

    /** The examples as OpenNLP samples: segmented text, examples that segment to nothing left out. */
    public static List<DocumentSample> samples(List<LabelledText> examples) {
        return examples.stream()
                .map(example -> new DocumentSample(example.label(),
                        TextSegmenter.segment(example.text()).toArray(String[]::new)))
                .filter(sample -> sample.getText().length > 0)
                .toList();
    }

    /** A model trained earlier from these samples, ready to categorize. */
    public static TextModel withVocabularyOf(List<DocumentSample> samples, DoccatModel model) {
        return new TextModel(model, TrainingVocabulary.of(samples.stream().map(DocumentSample::getText).toList()));
    }

    public static DoccatModel trainMaxent(List<DocumentSample> samples, TrainingParameters parameters) {
        FeatureGenerator[] generators = featureGenerators();
        try {
            // a copy: training adds settings of its own, which would change the recipe's fingerprint of the caller's
            DoccatModel model = DocumentCategorizerME.train("zh-en", ObjectStreamUtils.createObjectStream(samples),
                    new TrainingParameters(parameters), new DoccatFactory(generators));
            // The model rebuilds its factory from the manifest and would then load the
            // generators by class name, which OpenNLP refuses for packages outside its own
            // unless they are registered globally. Handing over the instances avoids both.
            model.getFactory().setFeatureGenerators(generators);
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("training a text model failed", e);
        }
    }
}
