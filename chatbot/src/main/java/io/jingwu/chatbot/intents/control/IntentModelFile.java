package io.jingwu.chatbot.intents.control;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

import opennlp.tools.doccat.DoccatModel;

/**
 * The trained intent model as the build writes it beside the corpus: a header naming the recipe it was
 * trained by ({@link IntentRecipe#fingerprint()}), then the OpenNLP model. A model built from another corpus
 * or with other training settings is not used: the reader reports it absent and the caller trains instead.
 */
final class IntentModelFile {

    /** Where the build puts the model, on the class path beside the corpus. */
    static final String RESOURCE = "/io/jingwu/chatbot/intents/intent-model.bin";

    private static final String FORMAT = "jingwu-intent-model/1";

    private IntentModelFile() {
    }

    static void write(DoccatModel model, String fingerprint, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(FORMAT);
        data.writeUTF(fingerprint);
        data.flush();
        model.serialize(out);
    }

    /** The model in {@code in} when it was trained by the recipe with this fingerprint; empty otherwise. */
    static Optional<DoccatModel> read(InputStream in, String fingerprint) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (!FORMAT.equals(data.readUTF()) || !fingerprint.equals(data.readUTF())) {
            return Optional.empty();
        }
        DoccatModel model = new DoccatModel(in);
        // as after training: hand over the generator instances rather than let OpenNLP load them by class name
        model.getFactory().setFeatureGenerators(IntentModelTrainer.featureGenerators());
        return Optional.of(model);
    }

    /** The model the build left on the class path for this recipe, if any. */
    static Optional<DoccatModel> fromClassPath(String fingerprint) {
        try (InputStream in = IntentModelFile.class.getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : read(in, fingerprint);
        } catch (IOException | RuntimeException unreadable) {
            // a damaged file costs a training, not the chatbot
            return Optional.empty();
        }
    }
}
