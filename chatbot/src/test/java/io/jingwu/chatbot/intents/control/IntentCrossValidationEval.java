package io.jingwu.chatbot.intents.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.jingwu.chatbot.intents.entity.Intent;
import io.jingwu.chatbot.intents.entity.IntentExample;
import opennlp.tools.doccat.DoccatCrossValidator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.ext.ExtensionLoader;
import org.junit.jupiter.api.Test;

/**
 * Model quality by 5-fold cross-validation over the whole corpus, with a floor. Slower and
 * noisier to read than a unit test, so surefire leaves it out; run it after changing the
 * corpus, the features or the training parameters:
 * {@code mvn -o -pl chatbot test -Dtest=IntentCrossValidationEval}.
 */
class IntentCrossValidationEval {

    static final int FOLDS = 5;
    static final double MIN_ACCURACY = 0.85;

    /** OpenNLP's own cross-validator: the raw model, every message gets its best intent. */
    @Test
    void openNlpCrossValidation() throws IOException {
        // The cross-validator rebuilds the categorizer from each fold's model, which loads the
        // feature generators by class name; OpenNLP allows that only for registered packages.
        ExtensionLoader.registerAllowedPackage(HanNgramFeatures.class.getPackageName());
        List<DocumentSample> samples = IntentCorpus.load().stream()
                .map(example -> new DocumentSample(example.intent().name(),
                        TextSegmenter.segment(example.text()).toArray(String[]::new)))
                .toList();
        DoccatCrossValidator validator = new DoccatCrossValidator("zh-en",
                IntentModelTrainer.defaultParameters(), new DoccatFactory(IntentModelTrainer.featureGenerators()));
        validator.evaluate(ObjectStreamUtils.createObjectStream(samples), FOLDS);
        System.out.printf("OpenNLP %d-fold cross-validation: %d documents, accuracy %.3f (no confidence threshold)%n",
                FOLDS, validator.getDocumentCount(), validator.getDocumentAccuracy());
        assertTrue(validator.getDocumentAccuracy() >= MIN_ACCURACY);
    }

    /**
     * Folds stratified by intent and language, scored the way the service answers: with the
     * confidence threshold, so an unsure answer counts as OUT_OF_SCOPE. Prints accuracy and
     * per-intent recall for a few thresholds, which is how the default was chosen.
     */
    @Test
    void crossValidationWithConfidenceThreshold() {
        double[] thresholds = {0.0, 0.2, 0.22, 0.25, 0.27, 0.3, 0.35, 0.4, 0.5};
        List<IntentExample> corpus = IntentCorpus.load();
        Map<String, Integer> position = new HashMap<>();
        int[] fold = new int[corpus.size()];
        for (int i = 0; i < corpus.size(); i++) {
            IntentExample example = corpus.get(i);
            fold[i] = position.merge(example.intent() + "/" + example.lang(), 1, Integer::sum) % FOLDS;
        }
        int[] hits = new int[thresholds.length];
        List<Map<Intent, int[]>> recall = new ArrayList<>();
        for (int t = 0; t < thresholds.length; t++) {
            recall.add(new EnumMap<>(Intent.class));
        }
        long trainingMillis = 0;
        for (int f = 0; f < FOLDS; f++) {
            List<IntentExample> training = new ArrayList<>();
            List<IntentExample> testing = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                (fold[i] == f ? testing : training).add(corpus.get(i));
            }
            long started = System.nanoTime();
            IntentModel model = IntentModelTrainer.train(training);
            trainingMillis += (System.nanoTime() - started) / 1_000_000;
            for (IntentExample example : testing) {
                for (int t = 0; t < thresholds.length; t++) {
                    boolean hit = model.classify(example.text(), thresholds[t]).intent() == example.intent();
                    int[] counts = recall.get(t).computeIfAbsent(example.intent(), intent -> new int[2]);
                    counts[1]++;
                    if (hit) {
                        counts[0]++;
                        hits[t]++;
                    }
                }
            }
        }
        System.out.printf("stratified %d-fold cross-validation: %d examples, mean training time %d ms%n",
                FOLDS, corpus.size(), trainingMillis / FOLDS);
        double accuracyAtDefault = 0;
        for (int t = 0; t < thresholds.length; t++) {
            double accuracy = (double) hits[t] / corpus.size();
            StringBuilder line = new StringBuilder(String.format("  min confidence %.2f: accuracy %.3f  recall", thresholds[t], accuracy));
            recall.get(t).forEach((intent, counts) -> line.append(String.format(" %s %.2f", intent, (double) counts[0] / counts[1])));
            System.out.println(line);
            if (thresholds[t] == IntentModelTest.MIN_CONFIDENCE) {
                accuracyAtDefault = accuracy;
            }
        }
        assertTrue(accuracyAtDefault >= MIN_ACCURACY, "accuracy at the default threshold " + accuracyAtDefault);
    }
}
