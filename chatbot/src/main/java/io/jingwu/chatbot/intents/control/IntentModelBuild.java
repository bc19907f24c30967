package io.jingwu.chatbot.intents.control;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import opennlp.tools.doccat.DoccatModel;

/**
 * Build step (chatbot's pom, after compiling): trains the intent model from the corpus and writes it into
 * the classes folder, so the application loads it at start instead of training it.
 * Usage: {@code IntentModelBuild <classes folder>}.
 */
public final class IntentModelBuild {

    private IntentModelBuild() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: IntentModelBuild <classes folder>");
        }
        byte[] corpus = IntentCorpus.bytes();
        DoccatModel model = IntentModelTrainer.trainMaxent(
                IntentModelTrainer.samples(IntentCorpus.parse(corpus)), IntentModelTrainer.defaultParameters());
        Path target = Path.of(args[0], IntentModelFile.RESOURCE.substring(1));
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            IntentModelFile.write(model, IntentRecipe.fingerprint(corpus), out);
        }
        System.out.println("intent model written to " + target);
    }
}
