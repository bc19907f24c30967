package io.jingwu.api.fraud.scams.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.Map;

import io.jingwu.api.fraud.scams.entity.ScamKind;
import io.jingwu.api.fraud.scams.entity.ScamReading;
import io.jingwu.api.fraud.scams.entity.ScamVerdict;
import org.junit.jupiter.api.Test;

class ScamThresholdsTest {

    private final ScamThresholds thresholds = new ScamThresholds(0.7, 0.2, 0.5);

    @Test
    void betweenTheThresholdsTheModelIsNotSure() {
        assertEquals(ScamVerdict.NOT_SCAM, thresholds.judge(odds(0.1, ScamKind.LOAN_CREDIT)).verdict());
        assertEquals(ScamVerdict.NOT_SURE, thresholds.judge(odds(0.2, ScamKind.LOAN_CREDIT)).verdict());
        assertEquals(ScamVerdict.NOT_SURE, thresholds.judge(odds(0.69, ScamKind.LOAN_CREDIT)).verdict());
        ScamReading scam = thresholds.judge(odds(0.7, ScamKind.LOAN_CREDIT));
        assertEquals(ScamVerdict.SCAM, scam.verdict());
        assertEquals(ScamKind.LOAN_CREDIT, scam.kind());
        assertEquals(0.7, scam.scamProbability(), 1e-9);
    }

    @Test
    void aKindNotClearlyAheadIsOtherScam() {
        Map<ScamKind, Double> kinds = new EnumMap<>(ScamKind.class);
        kinds.put(ScamKind.LOAN_CREDIT, 0.4);
        kinds.put(ScamKind.BRUSHING_JOBS, 0.3);
        kinds.put(ScamKind.GAME_TRADING, 0.2);
        ScamReading reading = thresholds.judge(new ScamOdds(true, 0.9, kinds));
        assertEquals(ScamVerdict.SCAM, reading.verdict());
        assertEquals(ScamKind.OTHER_SCAM, reading.kind());
    }

    @Test
    void withNothingToWeighThereIsNoVerdict() {
        assertEquals(ScamReading.nothingToWeigh(), thresholds.judge(ScamOdds.NOTHING_TO_WEIGH));
        assertEquals(ScamReading.unreadable(), thresholds.judge(ScamOdds.UNREADABLE));
        assertNull(ScamReading.unreadable().scamProbability());
    }

    @Test
    void thresholdsOutOfOrderAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ScamThresholds(0.3, 0.6, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new ScamThresholds(1.2, 0.2, 0.5));
    }

    @Test
    void aReadingKeepsItsRules() {
        assertThrows(IllegalArgumentException.class,
                () -> new ScamReading(ScamVerdict.SCAM, null, 0.9, Map.of(), true));
        assertThrows(IllegalArgumentException.class,
                () -> new ScamReading(ScamVerdict.NOT_SCAM, ScamKind.LOAN_CREDIT, 0.1, Map.of(), true));
        assertThrows(IllegalArgumentException.class,
                () -> new ScamReading(ScamVerdict.NOT_SCAM, null, 0.1, Map.of(), false));
    }

    private static ScamOdds odds(double scam, ScamKind kind) {
        Map<ScamKind, Double> kinds = new EnumMap<>(ScamKind.class);
        for (ScamKind each : ScamKind.values()) {
            kinds.put(each, each == kind ? scam : 0.0);
        }
        return new ScamOdds(true, scam, kinds);
    }
}
