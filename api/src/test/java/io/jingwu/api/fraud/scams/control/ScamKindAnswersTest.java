package io.jingwu.api.fraud.scams.control;

import io.jingwu.api.fraud.scams.entity.ScamKind;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScamKindAnswersTest {

    @Test
    void aFormerKindBecomesItsNewChoiceAndTheOtherAnswersStay() {
        String renewed = ScamKindAnswers.renewed("{\"amount\":20000,\"scamKind\":\"task-rebate\",\"channel\":\"app\"}");

        assertEquals("{\"amount\":20000,\"scamKind\":\"brushing-jobs\",\"channel\":\"app\"}", renewed);
        assertTrue(ScamKindAnswers.renewed("{\"scamKind\":\"romance\"}").contains("investment-romance"));
    }

    @Test
    void answersWithoutAFormerKindAreLeftAsTheyAre() {
        String current = "{\"scamKind\":\"impersonating-officials\",\"amount\":5}";

        assertEquals(current, ScamKindAnswers.renewed(current));
        assertEquals("{\"contactDetail\":\"171\"}", ScamKindAnswers.renewed("{\"contactDetail\":\"171\"}"));
    }

    @Test
    void noFormerValueIsOneOfTheNineKinds() {
        Set<String> nine = Arrays.stream(ScamKind.values()).map(ScamKind::choiceValue).collect(Collectors.toSet());

        assertFalse(ScamKindAnswers.FORMER.keySet().stream().anyMatch(nine::contains), "a rewrite never rewrites again");
    }
}
