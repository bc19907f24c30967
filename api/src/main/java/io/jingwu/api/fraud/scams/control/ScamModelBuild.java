package io.jingwu.api.fraud.scams.control;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.jingwu.api.platform.language.LabelledText;
import io.jingwu.api.platform.language.TextModelFile;
import io.jingwu.api.platform.language.TextModelTrainer;
import opennlp.tools.util.TrainingParameters;

/**
 * Build step (api's pom, after compiling): trains the two stages of the anti-fraud model from the corpus and writes
 * them into the classes folder, so the application loads them at start instead of training them.
 * Usage: {@code ScamModelBuild <classes folder>}.
 */
public final class ScamModelBuild {

    private ScamModelBuild() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ScamModelBuild <classes folder>");
        }
        Map<String, byte[]> files = ScamCorpus.files();
        List<LabelledText> corpus = ScamCorpus.parse(files);
        write(Path.of(args[0]), ShippedScamModel.SCAM_OR_NOT, files, ScamModelTrainer.scamOrOrdinary(corpus),
                ScamModelTrainer.scamOrNotParameters());
        write(Path.of(args[0]), ShippedScamModel.KINDS, files, ScamModelTrainer.scamsOnly(corpus),
                ScamModelTrainer.kindParameters());
    }

    private static void write(Path classes, String resource, Map<String, byte[]> files, List<LabelledText> examples,
            TrainingParameters parameters) throws IOException {
        Path written = TextModelFile.writeInto(classes, resource,
                TextModelTrainer.trainMaxent(TextModelTrainer.samples(examples), parameters),
                ShippedScamModel.fingerprint(files, parameters));
        System.out.println("anti-fraud text model stage written to " + written);
    }
}
