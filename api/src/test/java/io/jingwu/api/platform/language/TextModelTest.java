package io.jingwu.api.platform.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;

/** A model trained on a tiny corpus, as the features' own tests train theirs on the real one. */
class TextModelTest {

    private static final String CORPUS = """
            # weather or food
            WEATHER\tzh\t今天会下雨吗
            WEATHER\tzh\t明天杭州下雪吗
            WEATHER\tzh\t外面风大不大
            WEATHER\ten\twill it rain today
            WEATHER\ten\tis it windy outside
            FOOD\tzh\t晚饭吃什么好
            FOOD\tzh\t这家面馆好吃吗
            FOOD\tzh\t推荐一道杭帮菜
            FOOD\ten\twhat should I cook for dinner
            FOOD\ten\tis this noodle shop any good
            """;
    private static final TrainingParameters PARAMETERS = TextModelTrainer.maxent(100, 1);

    private static List<LabelledText> examples() {
        return LabelledCorpus.parse(CORPUS.getBytes(StandardCharsets.UTF_8), "tiny", Set.of("WEATHER", "FOOD"));
    }

    @Test
    void learnsTheLabelsOfBothLanguages() {
        TextModel model = TextModelTrainer.train(examples(), PARAMETERS);
        assertEquals("WEATHER", best(model.probabilities("后天会下雨吗")));
        assertEquals("FOOD", best(model.probabilities("a good place for noodles?")));
        assertEquals(1.0, model.probabilities("下雪").values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
    }

    @Test
    void textSharingNothingWithTheCorpusHasNoProbabilities() {
        TextModel model = TextModelTrainer.train(examples(), PARAMETERS);
        assertTrue(model.probabilities("qqxjz wvvk").isEmpty());
        assertTrue(model.probabilities("！！！").isEmpty());
    }

    @Test
    void aWrittenModelIsReadOnlyForItsOwnRecipe() throws IOException {
        byte[] corpus = CORPUS.getBytes(StandardCharsets.UTF_8);
        List<DocumentSample> samples = TextModelTrainer.samples(examples());
        DoccatModel trained = TextModelTrainer.trainMaxent(samples, PARAMETERS);
        String fingerprint = ModelRecipe.fingerprint(corpus, PARAMETERS);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        TextModelFile.write(trained, fingerprint, file);

        DoccatModel read = TextModelFile.read(new ByteArrayInputStream(file.toByteArray()), fingerprint).orElseThrow();
        TextModel loaded = TextModelTrainer.withVocabularyOf(samples, read);
        assertEquals(TextModelTrainer.withVocabularyOf(samples, trained).probabilities("明天下雨吗"),
                loaded.probabilities("明天下雨吗"));

        String otherParameters = ModelRecipe.fingerprint(corpus, TextModelTrainer.maxent(101, 1));
        String otherCode = ModelRecipe.fingerprint(corpus, PARAMETERS, TextModelTest.class);
        assertNotEquals(fingerprint, otherParameters);
        assertNotEquals(fingerprint, otherCode);
        assertTrue(TextModelFile.read(new ByteArrayInputStream(file.toByteArray()), otherParameters).isEmpty());
    }

    @Test
    void trainingLeavesTheParametersAsTheRecipeFingerprintedThem() {
        TrainingParameters parameters = TextModelTrainer.maxent(100, 1);
        String before = ModelRecipe.fingerprint(new byte[0], parameters);
        TextModelTrainer.train(examples(), parameters);
        assertEquals(before, ModelRecipe.fingerprint(new byte[0], parameters));
    }

    @Test
    void withoutABuiltModelTheShippedOneIsTrained() {
        ShippedModel shipped = ShippedModel.load(getClass(), "/no/such/model.bin", "any", examples(), PARAMETERS);
        assertTrue(shipped.trained());
        assertEquals(10, shipped.examples());
        assertEquals("WEATHER", best(shipped.model().probabilities("会下雨吗")));
    }

    private static String best(Map<String, Double> probabilities) {
        return probabilities.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
