package io.jingwu.api.units.boundary;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.validation.InputChecks;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rules a unit's description declares, before the kind, the prefixes and the code's owner are looked at. */
class UnitInputTest {

    static Map<String, String> refusal(UnitInput input) {
        return InputChecks.standalone().errors(input).stream()
                .collect(Collectors.toMap(FieldError::field, FieldError::messageKey));
    }

    @Test
    void aWellDescribedUnitBreaksNoDeclaredRule() {
        assertEquals(Map.of(), refusal(new UnitInput(" HUZ-ZL-ZHINAN-PS ", "织里派出所", "Zhili Police Station", "POLICE_STATION",
                List.of("330502100"), null)));
    }

    @Test
    void codesNamesAndJurisdictionAreRequired() {
        assertEquals(Map.of("code", "unit.code.required", "nameZh", "unit.nameZh.required", "nameEn", "unit.nameEn.required",
                "jurisdiction", "unit.jurisdiction.required"), refusal(new UnitInput(" ", null, "", "POLICE_STATION", List.of(), null)));
    }

    @Test
    void aCodeIsCapitalsAndDigitsInDashedGroupsOfLimitedLength() {
        assertEquals(Map.of("code", "unit.code.format"), refusal(new UnitInput("huz-zl", "织里", "Zhili", "X", List.of(""), null)));
        assertEquals(Map.of("code", "unit.code.format"), refusal(new UnitInput("HUZ--ZL", "织里", "Zhili", "X", List.of(""), null)));
        FieldError tooLong = InputChecks.standalone().errors(new UnitInput("A".repeat(41), "织里", "Zhili", "X", List.of(""), null)).get(0);
        assertEquals("A unit code has at most 40 characters: capital letters and digits, in groups joined by dashes (e.g. HUZ-ZL-ZHINAN-PS).",
                tooLong.message(Language.EN));
    }

    @Test
    void namesAndPrefixesHaveTheirLimits() {
        List<FieldError> errors = InputChecks.standalone().errors(new UnitInput("A", "织".repeat(129), "Zhili", "X",
                Collections.nCopies(51, "33"), null));
        assertEquals(List.of("nameZh", "jurisdiction"), errors.stream().map(FieldError::field).toList());
        assertEquals(List.of(128), errors.get(0).args());
        assertEquals(List.of(50), errors.get(1).args());
    }
}
