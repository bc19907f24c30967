package io.jingwu.chatbot.intents.control;

import java.io.IOException;
import java.nio.file.Path;

import io.jingwu.api.platform.language.TextModelFile;
import io.jingwu.api.platform.language.TextModelTrainer;

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
        Path written = TextModelFile.writeInto(Path.of(args[0]), ShippedIntentModel.RESOURCE,
                TextModelTrainer.trainMaxent(TextModelTrainer.samples(IntentCorpus.parse(corpus)),
                        IntentModelTrainer.defaultParameters()),
                ShippedIntentModel.fingerprint(corpus));
        System.out.println("intent model written to " + written);
    }
}
