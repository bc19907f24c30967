package io.jingwu.api.fraud.scams.control;

import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

import io.jingwu.api.fraud.scams.entity.ScamReading;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;

/**
 * The anti-fraud text model of this application instance: the one the build trained from the corpus on the class
 * path, or, when none was built from that corpus, trained then. Loading takes about a second, so it starts when the
 * application does, in the background: the deployment does not wait for it, and a check that comes before it is
 * ready waits for it.
 */
@ApplicationScoped
public class ScamReader {

    private static final Logger LOG = Logger.getLogger(ScamReader.class.getName());

    @Resource
    ManagedExecutorService executor;

    private CompletableFuture<ScamModel> model;

    void loadAtStartup(@Observes Startup startup) {
        model();
    }

    /** {@link ScamModel#read(String)}. */
    public ScamReading read(String text) {
        return model().join().read(text);
    }

    private synchronized CompletableFuture<ScamModel> model() {
        if (model == null) {
            model = CompletableFuture.supplyAsync(ScamReader::load, executor);
        }
        return model;
    }

    private static ScamModel load() {
        long started = System.nanoTime();
        ShippedScamModel.Loaded loaded = ShippedScamModel.load(ScamThresholds.CALIBRATED);
        LOG.info(() -> "anti-fraud text model " + (loaded.trained() ? "trained (no model built from this corpus)" : "loaded")
                + " for " + loaded.examples() + " examples in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return loaded.model();
    }
}
