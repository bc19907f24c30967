package io.jingwu.api.fraud.scams.control;

import java.util.logging.Logger;

import io.jingwu.api.fraud.scams.entity.ScamReading;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;

/**
 * The anti-fraud text model of this application instance, set up once when the application starts: the one the build
 * trained from the corpus on the class path, or, when none was built from that corpus, trained then.
 */
@ApplicationScoped
public class ScamReader {

    private static final Logger LOG = Logger.getLogger(ScamReader.class.getName());

    private ScamModel model;

    @PostConstruct
    void load() {
        long started = System.nanoTime();
        ShippedScamModel.Loaded loaded = ShippedScamModel.load(ScamThresholds.CALIBRATED);
        model = loaded.model();
        LOG.info(() -> "anti-fraud text model " + (loaded.trained() ? "trained (no model built from this corpus)" : "loaded")
                + " for " + loaded.examples() + " examples in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /** Loads at deployment rather than on the first citizen's check. */
    void loadAtStartup(@Observes Startup startup) {
        // Observing the event is enough: it makes the container create the bean now.
    }

    /** {@link ScamModel#read(String)}. */
    public ScamReading read(String text) {
        return model.read(text);
    }
}
