package io.jingwu.api.sla.boundary;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.validation.InputChecks;
import io.jingwu.api.sla.boundary.SlaPolicies.PolicyInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The minutes a policy promises: accepting always, resolving when promised at all, and more than none. */
class PolicyInputTest {

    static List<FieldError> errors(Integer accept, Integer resolve) {
        return InputChecks.standalone().errors(new PolicyInput("DISPUTE", null, null, accept, resolve, "WORKING"));
    }

    static List<String> refusals(Integer accept, Integer resolve) {
        return errors(accept, resolve).stream().map(e -> e.field() + ": " + e.messageKey()).toList();
    }

    @Test
    void acceptingIsPromisedInMinutesAndResolvingMayBeLeftOut() {
        assertEquals(List.of(), errors(30, null));
        assertEquals(List.of("acceptMinutes: sla.policy.minutes.positive"), refusals(null, 60));
        assertEquals(List.of("acceptMinutes: sla.policy.minutes.positive", "resolveMinutes: sla.policy.minutes.positive"),
                refusals(0, -5));
        assertEquals("Please give a number of minutes greater than 0.", errors(0, null).get(0).message(Language.EN));
    }
}
