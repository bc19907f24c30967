package io.jingwu.chatbot.intents.control;

import java.util.logging.Logger;

import io.jingwu.api.platform.language.ShippedModel;
import io.jingwu.chatbot.intents.entity.IntentPrediction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells which intent a chat message expresses. The model is set up once per application
 * instance, when the application starts: the one the build trained from the corpus on the
 * class path, or, when none was built from that corpus, trained then; every instance of a
 * cluster has the same model from the same corpus.
 */
@ApplicationScoped
public class IntentClassifier {

    /**
     * Below this probability the answer is {@code OUT_OF_SCOPE}. With seven intents an
     * unsure model spreads its probability thinly (1/7 is 0.14 each). In 5-fold
     * cross-validation of the corpus 0.25 gave the best accuracy and the best worst-case
     * recall of any intent; 0.5 would have turned away about a quarter of the real
     * requests. {@code IntentCrossValidationTest} prints the figures for other values
     * (docs/INTENT-MODEL.md).
     */
    public static final String MIN_CONFIDENCE_KEY = "jingwu.chat.min-confidence";
    public static final String DEFAULT_MIN_CONFIDENCE = "0.25";

    private static final Logger LOG = Logger.getLogger(IntentClassifier.class.getName());

    @Inject
    @ConfigProperty(name = MIN_CONFIDENCE_KEY, defaultValue = DEFAULT_MIN_CONFIDENCE)
    double minConfidence;

    private IntentModel model;

    @PostConstruct
    void load() {
        long started = System.nanoTime();
        ShippedModel loaded = ShippedIntentModel.load();
        model = new IntentModel(loaded.model());
        LOG.info(() -> "intent model " + (loaded.trained() ? "trained (no model built from this corpus)" : "loaded")
                + " for " + loaded.examples() + " examples in " + (System.nanoTime() - started) / 1_000_000
                + " ms; min confidence " + minConfidence);
    }

    /** Loads at deployment rather than on the first citizen's message. */
    void trainAtStartup(@Observes Startup startup) {
        // Observing the event is enough: it makes the container create the bean now.
    }

    public IntentPrediction classify(String text) {
        return model.classify(text, minConfidence);
    }
}
