package io.jingwu.api.platform.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

import opennlp.tools.util.TrainingParameters;

/**
 * What a trained model depends on: the corpus, the training parameters and the code that turns text into features
 * and trains. Its fingerprint tells whether a model built earlier is the one training now would give.
 */
public final class ModelRecipe {

    /** The classes of this package whose code shapes every model; their compiled bytes go into the fingerprint. */
    private static final List<Class<?>> TRAINING_CODE = List.of(TextModelTrainer.class, TextSegmenter.class,
            TraditionalChinese.class, HanNgramFeatures.class, LatinWordFeatures.class);

    private ModelRecipe() {
    }

    /**
     * SHA-256 of the corpus bytes, the training parameters, the training code, and {@code ownCode}: the caller's
     * classes that choose the parameters or shape the examples.
     */
    public static String fingerprint(byte[] corpus, TrainingParameters parameters, Class<?>... ownCode) {
        MessageDigest digest = sha256();
        digest.update(corpus);
        digest.update(new TreeMap<>(parameters.getObjectSettings()).toString().getBytes(StandardCharsets.UTF_8));
        for (Class<?> type : TRAINING_CODE) {
            digest.update(compiledBytes(type));
        }
        for (Class<?> type : ownCode) {
            digest.update(compiledBytes(type));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] compiledBytes(Class<?> type) {
        String resource = type.getSimpleName() + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
