package io.jingwu.api.fraud.index.control;

import io.jingwu.api.fraud.index.entity.IndexReading;
import io.jingwu.api.fraud.index.entity.RiskLevel;
import io.jingwu.api.fraud.index.entity.ScamKindCount;
import io.jingwu.api.fraud.index.entity.WindowFigures;
import io.jingwu.api.fraud.scams.entity.ScamKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The anti-fraud index's formula against figures worked out by hand:
 * score = (100,000 × (V + 0.5 × A + 0.2 × S) + (L − T)) / P, 2 decimals half up; levels from 1, 3, 6 and 10.
 */
class FraudIndexFormulaTest {

    @Test
    void theWorkedExampleOfTheDocumentation() {
        // 40,000 residents; 2 victims lost 12,000 yuan, 2,000 of it stopped; 1 bank alarm; 1 suspicious contact.
        // reports: 2 + 0.5 × 1 + 0.2 × 1 = 2.7; points: 100,000 × 2.7 + (12,000 − 2,000) = 280,000
        // score: 280,000 / 40,000 = 7.00, from 6: level 4
        WindowFigures figures = new WindowFigures(2, 1, 1, new BigDecimal("12000.00"), new BigDecimal("2000.00"));

        IndexReading reading = FraudIndexFormula.read(figures, List.of(), 40_000);

        assertEquals(new BigDecimal("7.00"), reading.score());
        assertEquals(RiskLevel.HIGH, reading.level());
        assertEquals(4, reading.level().number());
        assertEquals(new BigDecimal("5.00"), FraudIndexFormula.per100000(2, 40_000), "victims per 100,000");
        assertEquals(new BigDecimal("2.50"), FraudIndexFormula.per100000(1, 40_000), "alarms, contacts per 100,000");
        assertEquals(new BigDecimal("0.25"), FraudIndexFormula.perResident(figures.netLoss(), 40_000),
                "10,000 yuan net loss over 40,000 residents");
    }

    @Test
    void aLargeCountyJustBelowAThresholdStaysAtTheLowerLevel() {
        // 843,000 residents; 12 victims lost 386,500 yuan, 120,000 stopped; 5 bank alarms; 40 suspicious contacts.
        // reports: 12 + 2.5 + 8 = 22.5; points: 2,250,000 + 266,500 = 2,516,500
        // score: 2,516,500 / 843,000 = 2.98517... = 2.99, below 3: level 2
        WindowFigures figures = new WindowFigures(12, 40, 5, new BigDecimal("386500.00"), new BigDecimal("120000.00"));

        IndexReading reading = FraudIndexFormula.read(figures, List.of(), 843_000);

        assertEquals(new BigDecimal("2.99"), reading.score());
        assertEquals(RiskLevel.GUARDED, reading.level());
    }

    @Test
    void theLevelIsReadFromTheRoundedScore() {
        // 200,000 residents; 1 victim who lost 99,000 yuan, nothing stopped.
        // points: 100,000 × 1 + 99,000 = 199,000; score: 199,000 / 200,000 = 0.995, half up 1.00: level 2
        IndexReading reading = FraudIndexFormula.read(
                new WindowFigures(1, 0, 0, new BigDecimal("99000"), BigDecimal.ZERO), List.of(), 200_000);

        assertEquals(new BigDecimal("1.00"), reading.score());
        assertEquals(RiskLevel.GUARDED, reading.level());
    }

    @Test
    void moneyStoppedCountsAsNotLost() {
        // 100,000 residents; 1 victim lost 50,000 yuan, all of it stopped: 100,000 / 100,000 = 1.00
        // nothing stopped: (100,000 + 50,000) / 100,000 = 1.50
        assertEquals(new BigDecimal("1.00"), FraudIndexFormula.score(
                new WindowFigures(1, 0, 0, new BigDecimal("50000"), new BigDecimal("50000")), 100_000));
        assertEquals(new BigDecimal("1.50"), FraudIndexFormula.score(
                new WindowFigures(1, 0, 0, new BigDecimal("50000"), BigDecimal.ZERO), 100_000));
    }

    @Test
    void aQuietCountyIsLow() {
        IndexReading reading = FraudIndexFormula.read(WindowFigures.NONE, List.of(), 540_000);

        assertEquals(new BigDecimal("0.00"), reading.score());
        assertEquals(RiskLevel.LOW, reading.level());
        assertEquals(List.of(), reading.topScamKinds());
    }

    @Test
    void eachLevelBeginsAtItsThreshold() {
        assertEquals(RiskLevel.LOW, RiskLevel.ofScore(new BigDecimal("0.99")));
        assertEquals(RiskLevel.GUARDED, RiskLevel.ofScore(new BigDecimal("1.00")));
        assertEquals(RiskLevel.GUARDED, RiskLevel.ofScore(new BigDecimal("2.99")));
        assertEquals(RiskLevel.ELEVATED, RiskLevel.ofScore(new BigDecimal("3.00")));
        assertEquals(RiskLevel.HIGH, RiskLevel.ofScore(new BigDecimal("6.00")));
        assertEquals(RiskLevel.HIGH, RiskLevel.ofScore(new BigDecimal("9.99")));
        assertEquals(RiskLevel.SEVERE, RiskLevel.ofScore(new BigDecimal("10.00")));
        assertEquals(RiskLevel.SEVERE, RiskLevel.ofScore(new BigDecimal("250.00")));
    }

    @Test
    void theThreeKindsMostReportedComeFirstAndTiesKeepTheKindsOrder() {
        List<ScamKindCount> reported = List.of(new ScamKindCount(ScamKind.FAKE_RELATIVE, 2),
                new ScamKindCount(ScamKind.GAME_TRADING, 1), new ScamKindCount(ScamKind.BRUSHING_JOBS, 5),
                new ScamKindCount(ScamKind.IMPERSONATING_OFFICIALS, 2));

        assertEquals(List.of(new ScamKindCount(ScamKind.BRUSHING_JOBS, 5),
                        new ScamKindCount(ScamKind.IMPERSONATING_OFFICIALS, 2),
                        new ScamKindCount(ScamKind.FAKE_RELATIVE, 2)),
                FraudIndexFormula.read(WindowFigures.NONE, reported, 100_000).topScamKinds());
    }

    @Test
    void aCountyWithoutResidentsHasNoIndexAndNoMoreIsStoppedThanLost() {
        assertThrows(IllegalArgumentException.class, () -> FraudIndexFormula.score(WindowFigures.NONE, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new WindowFigures(1, 0, 0, new BigDecimal("100"), new BigDecimal("100.01")));
    }
}
