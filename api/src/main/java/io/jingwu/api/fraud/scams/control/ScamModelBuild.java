package io.jingwu.api.fraud.scams.control;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import io.jingwu.api.platform.language.TextModelFile;
import io.jingwu.api.platform.language.TextModelTrainer;

/**
 * Build step (api's pom, after compiling): trains the anti-fraud model from the corpus and writes it into the classes
 * folder, so the application loads it at start instead of training it. Usage: {@code ScamModelBuild <classes folder>}.
 */
public final class ScamModelBuild {

    private ScamModelBuild() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ScamModelBuild <classes folder>");
        }
        Map<String, byte[]> files = ScamCorpus.files();
        Path written = TextModelFile.writeInto(Path.of(args[0]), ShippedScamModel.RESOURCE,
                TextModelTrainer.trainMaxent(TextModelTrainer.samples(ScamCorpus.parse(files)),
                        ScamModelTrainer.defaultParameters()),
                ShippedScamModel.fingerprint(files));
        System.out.println("anti-fraud text model written to " + written);
    }
}
