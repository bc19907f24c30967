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

import io.jingwu.api.platform.language.LabelledText;
import io.jingwu.api.platform.language.ShippedModel;
import io.jingwu.api.platform.language.TextModelFile;
import io.jingwu.api.platform.language.TextModelTrainer;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentSample;
import org.junit.jupiter.api.Test;

/** The model the build trains and the application loads: the same answers as training at start, or training. */
class ShippedIntentModelTest {

    @Test
    void theBuildLeavesAModelOfThisCorpusThatStartsLoadWithoutTraining() {
        ShippedModel loaded = ShippedIntentModel.load();

        assertFalse(loaded.trained(), "the build (process-classes) writes " + ShippedIntentModel.RESOURCE);
        assertEquals(TextModelTrainer.samples(IntentCorpus.load()).size(), loaded.examples());
    }

    @Test
    void aWrittenModelAnswersEveryExampleExactlyAsTheTrainedOne() throws IOException {
        byte[] corpus = IntentCorpus.bytes();
        List<DocumentSample> samples = TextModelTrainer.samples(IntentCorpus.parse(corpus));
        IntentModel trained = IntentModelTrainer.train(IntentCorpus.parse(corpus));
        DoccatModel fresh = TextModelTrainer.trainMaxent(samples, IntentModelTrainer.defaultParameters());
        String fingerprint = ShippedIntentModel.fingerprint(corpus);

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        TextModelFile.write(fresh, fingerprint, file);
        DoccatModel read = TextModelFile.read(new ByteArrayInputStream(file.toByteArray()), fingerprint).orElseThrow();
        IntentModel loaded = new IntentModel(TextModelTrainer.withVocabularyOf(samples, read));

        for (LabelledText example : IntentCorpus.parse(corpus)) {
            assertEquals(trained.probabilities(example.text()), loaded.probabilities(example.text()), example.text());
        }
        assertEquals(trained.probabilities("asdfgh"), loaded.probabilities("asdfgh"));
    }

    @Test
    void aModelBuiltFromAnotherCorpusIsNotUsed() throws IOException {
        byte[] corpus = IntentCorpus.bytes();
        byte[] edited = (new String(corpus, StandardCharsets.UTF_8) + "GREETING\ten\thowdy\n").getBytes(StandardCharsets.UTF_8);
        assertNotEquals(ShippedIntentModel.fingerprint(corpus), ShippedIntentModel.fingerprint(edited));

        List<DocumentSample> samples = TextModelTrainer.samples(IntentCorpus.parse(corpus));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        TextModelFile.write(TextModelTrainer.trainMaxent(samples, IntentModelTrainer.defaultParameters()),
                ShippedIntentModel.fingerprint(corpus), file);

        assertTrue(TextModelFile.read(new ByteArrayInputStream(file.toByteArray()),
                ShippedIntentModel.fingerprint(edited)).isEmpty());
        assertArrayEquals(IntentCorpus.bytes(), corpus, "the corpus on the class path is the one fingerprinted");
    }
}
