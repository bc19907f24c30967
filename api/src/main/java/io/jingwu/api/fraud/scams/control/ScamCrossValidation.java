package io.jingwu.api.fraud.scams.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.jingwu.api.platform.language.LabelledText;
import io.jingwu.api.platform.language.StratifiedFolds;

/**
 * The anti-fraud model's quality on texts it was not trained on: stratified k-fold cross-validation of the corpus
 * ({@link StratifiedFolds}), each text judged by the model trained on the other folds. The probabilities are kept, so
 * that the figures can be had for any thresholds without training again: this is how {@link ScamThresholds#CALIBRATED}
 * was chosen.
 */
public final class ScamCrossValidation {

    public static final int FOLDS = 5;
    public static final long SEED = 20_261_208L;

    private record Weighed(LabelledText example, ScamOdds odds) {
    }

    private final List<Weighed> weighed;

    private ScamCrossValidation(List<Weighed> weighed) {
        this.weighed = weighed;
    }

    public static ScamCrossValidation run(List<LabelledText> corpus, int folds, long seed) {
        StratifiedFolds dealt = StratifiedFolds.deal(corpus, folds, seed);
        List<Weighed> weighed = new ArrayList<>();
        for (int f = 0; f < dealt.count(); f++) {
            ScamModel model = ScamModelTrainer.train(dealt.trainingFor(f), ScamThresholds.CALIBRATED);
            dealt.heldOut(f).forEach(example -> weighed.add(new Weighed(example, model.odds(example.text()))));
        }
        return new ScamCrossValidation(weighed);
    }

    public ScamFigures figures(ScamThresholds thresholds) {
        return new ScamFigures(weighed.stream()
                .map(w -> new ScamFigures.Judged(w.example().label(), thresholds.judge(w.odds())))
                .toList());
    }

    /** The main figures for each set of thresholds, one line each. */
    public String sweep(List<ScamThresholds> candidates) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%8s %8s %8s %9s %7s %7s %8s %9s %8s %8s %8s%n", "notScam<", "scam>=", "kind>=", "precision", "recall",
                "F1", "notSure", "harmless", "alarms", "kindAcc", "kindF1"));
        for (ScamThresholds thresholds : candidates) {
            ScamFigures figures = figures(thresholds);
            out.append(String.format(Locale.ROOT, "%8.2f %8.2f %8.2f %9.3f %7.3f %7.3f %8.3f %9.3f %8.3f %8.3f %8.3f%n",
                    thresholds.notScamBelow(), thresholds.scamFrom(), thresholds.kindFrom(), figures.scamPrecision(),
                    figures.scamRecall(), figures.scamF1(), figures.notSure(), figures.scamsCalledHarmless(),
                    figures.falseAlarms(), figures.kindAccuracy(), figures.macroKindF1()));
        }
        return out.toString();
    }
}
