package io.jingwu.portal.fraud.boundary;

import io.jingwu.api.fraud.checks.entity.Advice;
import io.jingwu.api.fraud.checks.entity.Risk;
import io.jingwu.api.fraud.checks.entity.Verdict;
import io.jingwu.api.fraud.scams.entity.ScamKind;
import io.jingwu.api.platform.i18n.Language;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerdictCardTest {

    private static Verdict forgedCallAskingForASafeAccount() {
        Verdict phone = new Verdict.Builder().add(Risk.DANGER, "phone-plus-zero-zero").build();
        return new Verdict.Builder()
                .scamKind(ScamKind.IMPERSONATING_OFFICIALS)
                .add(Risk.DANGER, "cue-safe-account", "安全账户")
                .advise(Advice.POLICE_NEVER_ASK_FOR_MONEY, Advice.HANG_UP_AND_CALL_BACK_OFFICIAL)
                .extracted("phone", "+0086215566778", phone)
                .build();
    }

    @Test
    void dangerSaysStopNowFirstAndThenWhomToCall() {
        List<VerdictCard.AdviceLine> advice = VerdictCard.of(forgedCallAskingForASafeAccount(), Language.EN).advice();

        assertEquals(Advice.STOP_NOW, advice.get(0).advice());
        assertTrue(advice.get(0).stop());
        assertTrue(advice.get(0).text().startsWith("Stop now"), advice.get(0).text());
        assertEquals(Advice.CALL_96110, advice.get(1).advice());
        assertTrue(advice.get(1).calls(), "the line the page gives its tap-to-call links");
        assertTrue(advice.get(1).text().contains("96110") && advice.get(1).text().contains("110"), advice.get(1).text());
        assertEquals(List.of(Advice.DO_NOT_TRANSFER, Advice.CALL_BANK_TO_STOP_PAYMENT,
                        Advice.HANG_UP_AND_CALL_BACK_OFFICIAL, Advice.POLICE_NEVER_ASK_FOR_MONEY, Advice.REPORT_IT),
                advice.subList(2, advice.size()).stream().map(VerdictCard.AdviceLine::advice).toList(),
                "the rest in the API's order");
    }

    @Test
    void theKindOfScamAndTheReasonsAreInTheReadersLanguage() {
        VerdictCard card = VerdictCard.of(forgedCallAskingForASafeAccount(), Language.ZH);

        assertEquals(Risk.DANGER, card.risk());
        assertEquals("冒充公检法", card.scamKind());
        assertTrue(card.reasons().stream().anyMatch(reason -> reason.contains("安全账户")), card.reasons().toString());
        assertTrue(card.reasons().stream().anyMatch(reason -> reason.startsWith("+0086215566778")),
                "a value's finding is named with the value: " + card.reasons());
        assertTrue(card.reportable());
    }

    @Test
    void theValuesFoundInATextKeepTheirOwnRisk() {
        List<VerdictCard.Found> found = VerdictCard.of(forgedCallAskingForASafeAccount(), Language.RU).found();

        assertEquals(List.of(new VerdictCard.Found("phone", "+0086215566778", Risk.DANGER)), found);
    }

    @Test
    void aSafeVerdictNamesNoScamOffersNoReportAndNoCalls() {
        VerdictCard card = VerdictCard.of(new Verdict.Builder().add(Risk.SAFE, "text-looks-ordinary").build(), Language.EN);

        assertEquals(Risk.SAFE, card.risk());
        assertNull(card.scamKind());
        assertFalse(card.reportable());
        assertEquals(List.of(Advice.STAY_ALERT), card.advice().stream().map(VerdictCard.AdviceLine::advice).toList());
        assertEquals(List.of("Nothing in this text looks like a scam."), card.reasons());
    }

    @Test
    void cautionOffersAReportWithoutTheCallsOfDanger() {
        VerdictCard card = VerdictCard.of(new Verdict.Builder().add(Risk.CAUTION, "text-not-sure").build(), Language.EN);

        assertTrue(card.reportable());
        assertTrue(card.advice().stream().noneMatch(line -> line.calls() || line.stop()), card.advice().toString());
    }

    /** The page keeps it in its view state, which may be written out and moved to another instance. */
    @Test
    void itCanTravelWithThePagesState() {
        assertDoesNotThrow(() -> new ObjectOutputStream(new ByteArrayOutputStream())
                .writeObject(VerdictCard.of(forgedCallAskingForASafeAccount(), Language.EN)));
        assertDoesNotThrow(() -> new ObjectOutputStream(new ByteArrayOutputStream()).writeObject(new CheckEntry()));
    }
}
