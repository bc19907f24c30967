package io.jingwu.api.fraud.scams.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ScamKindTest {

    @Test
    void choiceValuesAreTheNamesInKebabCase() {
        assertEquals("impersonating-officials", ScamKind.IMPERSONATING_OFFICIALS.choiceValue());
        assertEquals("fake-customer-service", ScamKind.FAKE_CUSTOMER_SERVICE.choiceValue());
        assertEquals("other-scam", ScamKind.OTHER_SCAM.choiceValue());
        for (ScamKind kind : ScamKind.values()) {
            assertEquals(Optional.of(kind), ScamKind.ofChoiceValue(kind.choiceValue()));
        }
        assertTrue(ScamKind.ofChoiceValue("IMPERSONATING_OFFICIALS").isEmpty());
    }
}
