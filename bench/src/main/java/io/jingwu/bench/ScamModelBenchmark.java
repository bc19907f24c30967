package io.jingwu.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.jingwu.api.fraud.scams.control.ScamCorpus;
import io.jingwu.api.fraud.scams.control.ScamCrossValidation;
import io.jingwu.api.fraud.scams.control.ScamFigures;
import io.jingwu.api.fraud.scams.control.ScamThresholds;

/**
 * The anti-fraud text model's quality: retrains it from the corpus fold by fold (stratified cross-validation, as
 * {@link ScamCrossValidation} does) and prints, at the shipped thresholds, precision, recall and F1 of scam against
 * ordinary and of each kind, the "not sure" rate and the confusion matrix; with {@code --sweep}, the main figures at
 * other thresholds too, which is how the shipped ones were chosen. Needs no server or database.
 *
 * <p>Run it with {@code bench/scam-model.sh}.
 */
public final class ScamModelBenchmark {

    private static final String USAGE = """
            Usage: bench/scam-model.sh [--folds=5] [--seed=20261208] [--sweep] [--limit-minutes=20]""";
    private static final double[] NOT_SCAM_BELOW = {0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5};
    private static final double[] SCAM_FROM = {0.4, 0.45, 0.5, 0.55, 0.6, 0.7};
    private static final double[] KIND_FROM = {0.0, 0.2, 0.3, 0.4, 0.5, 0.6};

    private ScamModelBenchmark() {
    }

    public static void main(String[] args) {
        Map<String, String> options = BenchMain.options(args, List.of("folds", "seed", "sweep", "limit-minutes"), USAGE);
        int folds = Integer.parseInt(options.getOrDefault("folds", String.valueOf(ScamCrossValidation.FOLDS)));
        long seed = Long.parseLong(options.getOrDefault("seed", String.valueOf(ScamCrossValidation.SEED)));
        BenchMain.runWithin(Duration.ofMinutes(Long.parseLong(options.getOrDefault("limit-minutes", "20"))), () -> {
            long started = System.nanoTime();
            ScamCrossValidation validation = ScamCrossValidation.run(ScamCorpus.load(), folds, seed);
            ScamThresholds shipped = ScamThresholds.CALIBRATED;
            ScamFigures figures = validation.figures(shipped);
            System.out.printf("anti-fraud text model, stratified %d-fold cross-validation, seed %d, %d s%n", folds, seed,
                    (System.nanoTime() - started) / 1_000_000_000L);
            System.out.printf("thresholds: not a scam below %.2f, a scam from %.2f, a kind named from %.2f of it%n",
                    shipped.notScamBelow(), shipped.scamFrom(), shipped.kindFrom());
            System.out.print(figures.report());
            if (options.containsKey("sweep")) {
                List<ScamThresholds> verdicts = new ArrayList<>();
                for (double below : NOT_SCAM_BELOW) {
                    for (double from : SCAM_FROM) {
                        if (below <= from) {
                            verdicts.add(new ScamThresholds(from, below, shipped.kindFrom()));
                        }
                    }
                }
                System.out.println("\nverdict thresholds:");
                System.out.print(validation.sweep(verdicts));
                List<ScamThresholds> kinds = new ArrayList<>();
                for (double kindFrom : KIND_FROM) {
                    kinds.add(new ScamThresholds(shipped.scamFrom(), shipped.notScamBelow(), kindFrom));
                }
                System.out.println("\nkind threshold:");
                System.out.print(validation.sweep(kinds));
            }
        });
    }
}
