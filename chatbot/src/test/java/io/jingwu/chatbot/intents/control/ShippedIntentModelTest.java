package io.jingwu.chatbot.intents.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.jingwu.chatbot.intents.entity.IntentExample;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentSample;
import org.junit.jupiter.api.Test;

/** The model the build trains and the application loads: the same answers as training at start, or training. */
class ShippedIntentModelTest {

    @Test
    void theBuildLeavesAModelOfThisCorpusThatStartsLoadWithoutTraining() {
        ShippedIntentModel.Loaded loaded = ShippedIntentModel.load();

        assertFalse(loaded.trained(), "the build (process-classes) writes " + IntentModelFile.RESOURCE);
        assertEquals(IntentModelTrainer.samples(IntentCorpus.load()).size(), loaded.examples());
    }

    @Test
    void aWrittenModelAnswersEveryExampleExactlyAsTheTrainedOne() throws IOException {
        byte[] corpus = IntentCorpus.bytes();
        List<DocumentSample> samples = IntentModelTrainer.samples(IntentCorpus.parse(corpus));
        IntentModel trained = IntentModelTrainer.train(IntentCorpus.parse(corpus));
        DoccatModel fresh = IntentModelTrainer.trainMaxent(samples, IntentModelTrainer.defaultParameters());
        String fingerprint = IntentRecipe.fingerprint(corpus);

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        IntentModelFile.write(fresh, fingerprint, file);
        DoccatModel read = IntentModelFile.read(new ByteArrayInputStream(file.toByteArray()), fingerprint).orElseThrow();
        IntentModel loaded = IntentModelTrainer.withVocabularyOf(samples, read);

        for (IntentExample example : IntentCorpus.parse(corpus)) {
            assertEquals(trained.probabilities(example.text()), loaded.probabilities(example.text()), example.text());
        }
        assertEquals(trained.probabilities("asdfgh"), loaded.probabilities("asdfgh"));
    }

    @Test
    void aModelBuiltFromAnotherCorpusIsNotUsed() throws IOException {
        byte[] corpus = IntentCorpus.bytes();
        byte[] edited = (new String(corpus, StandardCharsets.UTF_8) + "GREETING\ten\thowdy\n").getBytes(StandardCharsets.UTF_8);
        assertNotEquals(IntentRecipe.fingerprint(corpus), IntentRecipe.fingerprint(edited));

        List<DocumentSample> samples = IntentModelTrainer.samples(IntentCorpus.parse(corpus));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        IntentModelFile.write(IntentModelTrainer.trainMaxent(samples, IntentModelTrainer.defaultParameters()),
                IntentRecipe.fingerprint(corpus), file);

        assertTrue(IntentModelFile.read(new ByteArrayInputStream(file.toByteArray()),
                IntentRecipe.fingerprint(edited)).isEmpty());
        assertArrayEquals(IntentCorpus.bytes(), corpus, "the corpus on the class path is the one fingerprinted");
    }
}
