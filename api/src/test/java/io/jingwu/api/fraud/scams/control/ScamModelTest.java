package io.jingwu.api.fraud.scams.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.jingwu.api.fraud.scams.entity.ScamKind;
import io.jingwu.api.fraud.scams.entity.ScamReading;
import io.jingwu.api.fraud.scams.entity.ScamVerdict;
import io.jingwu.api.platform.language.LabelledCorpus;
import io.jingwu.api.platform.language.LabelledText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reading's mechanics, on a model trained from a tiny corpus (its quality: ScamModelEval). */
class ScamModelTest {

    static final String FIXTURE = "/io/jingwu/api/fraud/scams/fixture-corpus.tsv";
    /** Thresholds a model of a few dozen texts can reach; the shipped ones are calibrated on the real corpus. */
    static final ScamThresholds LENIENT = new ScamThresholds(0.5, 0.5, 0.3);

    static ScamModel model;

    static List<LabelledText> fixture() {
        return LabelledCorpus.parse(LabelledCorpus.resource(ScamModelTest.class, FIXTURE), FIXTURE, ScamCorpus.LABELS);
    }

    @BeforeAll
    static void train() {
        model = ScamModelTrainer.train(fixture(), LENIENT);
    }

    @Test
    void aScamIsCalledAScamOfItsKind() {
        ScamReading reading = model.read("民警说我的身份证涉嫌洗钱，让我把钱转到安全账户");
        assertEquals(ScamVerdict.SCAM, reading.verdict());
        assertEquals(ScamKind.IMPERSONATING_OFFICIALS, reading.kind());
        assertTrue(reading.languageRead());
    }

    @Test
    void traditionalCharactersAreReadToo() {
        assertEquals(ScamKind.LOAN_CREDIT, model.read("低息貸款，先交解凍費才能放款").kind());
    }

    @Test
    void anOrdinaryTextIsNoScam() {
        ScamReading reading = model.read("妈，我今晚回家吃饭");
        assertEquals(ScamVerdict.NOT_SCAM, reading.verdict());
        assertNull(reading.kind());
    }

    @Test
    void theKindsShareTheScamProbability() {
        ScamReading reading = model.read("pay the unfreeze fee and your loan is released");
        double kinds = reading.kindProbabilities().values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(reading.scamProbability(), kinds, 1e-9);
        assertEquals(ScamKind.values().length, reading.kindProbabilities().size());
    }

    @Test
    void textMostlyInAnotherScriptIsNotRead() {
        ScamReading reading = model.read("Здравствуйте, это полиция, переведите деньги на безопасный счёт, safe account");
        assertEquals(ScamReading.unreadable(), reading);
        assertFalse(reading.languageRead());
        assertEquals(ScamVerdict.NOT_SURE, model.read("مرحبا، هذه الشرطة، حول أموالك إلى حساب آمن").verdict());
    }

    @Test
    void textSharingNothingWithTheCorpusIsNotSure() {
        assertEquals(ScamReading.nothingToWeigh(), model.read("qqxjz wvvk"));
        assertEquals(ScamReading.nothingToWeigh(), model.read("🙂🙂 !!!"));
        assertEquals(ScamReading.nothingToWeigh(), model.read(""));
    }
}
