package io.jingwu.api.platform.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StratifiedFoldsTest {

    private static List<LabelledText> corpus() {
        List<LabelledText> corpus = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            corpus.add(new LabelledText("A", "zh", "甲" + i));
            corpus.add(new LabelledText("B", "zh", "乙" + i));
        }
        for (int i = 0; i < 10; i++) {
            corpus.add(new LabelledText("A", "en", "a" + i));
        }
        return corpus;
    }

    @Test
    void everyFoldHoldsItsShareOfEachLabelAndLanguage() {
        StratifiedFolds folds = StratifiedFolds.deal(corpus(), 5, 7);
        for (int f = 0; f < folds.count(); f++) {
            List<LabelledText> fold = folds.heldOut(f);
            assertEquals(10, fold.stream().filter(e -> e.label().equals("A") && e.lang().equals("zh")).count());
            assertEquals(10, fold.stream().filter(e -> e.label().equals("B")).count());
            assertEquals(2, fold.stream().filter(e -> e.lang().equals("en")).count());
        }
    }

    @Test
    void eachExampleIsHeldOutOnceAndTrainedOnOtherwise() {
        StratifiedFolds folds = StratifiedFolds.deal(corpus(), 5, 7);
        Set<LabelledText> heldOut = new HashSet<>();
        for (int f = 0; f < folds.count(); f++) {
            heldOut.addAll(folds.heldOut(f));
            Set<LabelledText> training = new HashSet<>(folds.trainingFor(f));
            assertEquals(corpus().size() - folds.heldOut(f).size(), training.size());
            folds.heldOut(f).forEach(example -> assertEquals(false, training.contains(example)));
        }
        assertEquals(new HashSet<>(corpus()), heldOut);
    }

    @Test
    void theSeedDecidesTheDeal() {
        assertEquals(StratifiedFolds.deal(corpus(), 5, 7).heldOut(0), StratifiedFolds.deal(corpus(), 5, 7).heldOut(0));
        assertNotEquals(StratifiedFolds.deal(corpus(), 5, 7).heldOut(0), StratifiedFolds.deal(corpus(), 5, 8).heldOut(0));
    }
}
