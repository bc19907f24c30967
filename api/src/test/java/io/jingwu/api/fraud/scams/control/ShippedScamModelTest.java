package io.jingwu.api.fraud.scams.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jingwu.api.platform.language.LabelledText;
import io.jingwu.api.platform.language.TextModelFile;
import io.jingwu.api.platform.language.TextModelTrainer;
import org.junit.jupiter.api.Test;

/** The model the build trains and the application loads: the same answers as training at start. */
class ShippedScamModelTest {

    @Test
    void theBuildLeavesBothStagesOfThisCorpusAndStartLoadsThemWithoutTraining() {
        ShippedScamModel.Loaded loaded = ShippedScamModel.load(ScamThresholds.CALIBRATED);

        assertFalse(loaded.trained(), "the build (process-classes) writes " + ShippedScamModel.SCAM_OR_NOT + " and "
                + ShippedScamModel.KINDS);
        assertEquals(ScamCorpus.load().size(), loaded.examples());
    }

    @Test
    void theLoadedModelReadsEveryTextAsTheTrainedOne() {
        ScamModel loaded = ShippedScamModel.load(ScamThresholds.CALIBRATED).model();
        List<LabelledText> corpus = ScamCorpus.load();
        ScamModel trained = ScamModelTrainer.train(corpus, ScamThresholds.CALIBRATED);
        for (LabelledText example : corpus.subList(0, 400)) {
            assertEquals(trained.read(example.text()), loaded.read(example.text()), example.text());
        }
        for (LabelledText example : ScamCorpusTest.heldOut().subList(0, 100)) {
            assertEquals(trained.read(example.text()), loaded.read(example.text()), example.text());
        }
    }

    @Test
    void aStageBuiltFromAnotherCorpusIsNotUsed() throws IOException {
        Map<String, byte[]> files = ScamCorpus.files();
        Map<String, byte[]> edited = new LinkedHashMap<>(files);
        edited.put("everyday.tsv", (new String(files.get("everyday.tsv"), StandardCharsets.UTF_8)
                + "ORDINARY\ten\tsee you at lunch\n").getBytes(StandardCharsets.UTF_8));
        String fingerprint = ShippedScamModel.fingerprint(files, ScamModelTrainer.scamOrNotParameters());
        String editedFingerprint = ShippedScamModel.fingerprint(edited, ScamModelTrainer.scamOrNotParameters());
        assertNotEquals(fingerprint, editedFingerprint);
        assertNotEquals(fingerprint, ShippedScamModel.fingerprint(files, ScamModelTrainer.kindParameters()));

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        TextModelFile.write(TextModelTrainer.trainMaxent(TextModelTrainer.samples(
                ScamModelTrainer.scamsOnly(ScamModelTest.fixture())), ScamModelTrainer.kindParameters()), fingerprint, file);
        assertTrue(TextModelFile.read(new ByteArrayInputStream(file.toByteArray()), editedFingerprint).isEmpty());
        assertTrue(TextModelFile.read(new ByteArrayInputStream(file.toByteArray()), fingerprint).isPresent());
    }
}
