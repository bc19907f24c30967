package io.jingwu.api.platform.language;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import opennlp.tools.doccat.DoccatModel;

/**
 * A trained text model as a build step writes it beside its corpus: a header naming the recipe it was trained by
 * ({@link ModelRecipe#fingerprint}), then the OpenNLP model. A model built from another corpus or with other
 * training settings is not used: the reader reports it absent and the caller trains instead.
 */
public final class TextModelFile {

    private static final String FORMAT = "jingwu-text-model/1";

    private TextModelFile() {
    }

    public static void write(DoccatModel model, String fingerprint, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(FORMAT);
        data.writeUTF(fingerprint);
        data.flush();
        model.serialize(out);
    }

    /** Writes the model where the class path will find it as {@code resource}; for the build steps. */
    public static Path writeInto(Path classesFolder, String resource, DoccatModel model, String fingerprint)
            throws IOException {
        Path target = classesFolder.resolve(resource.substring(1));
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            write(model, fingerprint, out);
        }
        return target;
    }

    /** The model in {@code in} when it was trained by the recipe with this fingerprint; empty otherwise. */
    public static Optional<DoccatModel> read(InputStream in, String fingerprint) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (!FORMAT.equals(data.readUTF()) || !fingerprint.equals(data.readUTF())) {
            return Optional.empty();
        }
        DoccatModel model = new DoccatModel(in);
        // as after training: hand over the generator instances rather than let OpenNLP load them by class name
        model.getFactory().setFeatureGenerators(TextModelTrainer.featureGenerators());
        return Optional.of(model);
    }

    /** The model a build step left on the class path as {@code resource} for this recipe, if any. */
    public static Optional<DoccatModel> fromClassPath(Class<?> owner, String resource, String fingerprint) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : read(in, fingerprint);
        } catch (IOException | RuntimeException unreadable) {
            // a damaged file costs a training, not the application
            return Optional.empty();
        }
    }
}
