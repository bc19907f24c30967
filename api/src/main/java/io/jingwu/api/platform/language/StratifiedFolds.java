package io.jingwu.api.platform.language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A corpus dealt into folds for cross-validation, stratified: each label and language shuffled with a fixed seed,
 * then dealt round the folds, so that every fold holds its share of each. Training is deterministic, so the same
 * corpus, seed and code measure the same figures on every run.
 */
public final class StratifiedFolds {

    private final List<List<LabelledText>> folds;

    private StratifiedFolds(List<List<LabelledText>> folds) {
        this.folds = folds;
    }

    public static StratifiedFolds deal(List<LabelledText> corpus, int count, long seed) {
        Map<String, List<LabelledText>> groups = new LinkedHashMap<>();
        corpus.forEach(example -> groups.computeIfAbsent(example.label() + "/" + example.lang(),
                group -> new ArrayList<>()).add(example));
        Random random = new Random(seed);
        List<List<LabelledText>> folds = new ArrayList<>();
        for (int f = 0; f < count; f++) {
            folds.add(new ArrayList<>());
        }
        int dealt = 0;
        for (List<LabelledText> group : groups.values()) {
            Collections.shuffle(group, random);
            for (LabelledText example : group) {
                folds.get(dealt++ % count).add(example);
            }
        }
        return new StratifiedFolds(folds);
    }

    public int count() {
        return folds.size();
    }

    /** The examples of fold {@code f}, to be judged by the model trained on the others. */
    public List<LabelledText> heldOut(int f) {
        return List.copyOf(folds.get(f));
    }

    /** Every example but those of fold {@code f}, in fold order. */
    public List<LabelledText> trainingFor(int f) {
        List<LabelledText> training = new ArrayList<>();
        for (int other = 0; other < folds.size(); other++) {
            if (other != f) {
                training.addAll(folds.get(other));
            }
        }
        return training;
    }
}
