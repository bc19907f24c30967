package io.jingwu.api.institutions.control;

import io.jingwu.api.institutions.boundary.InstitutionInput;
import io.jingwu.api.institutions.entity.InstitutionKind;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.validation.InputChecks;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What an administrator may describe an institution as, and how a refusal reads in Chinese and English. */
class InstitutionRulesTest {

    /** As the boundary checks a body: its declared rules, then the rules' own. */
    static InstitutionRules.Description check(String name, String kind, String contact, Integer checks, int ifAbsent) {
        return InstitutionRules.check(name, kind, contact, checks, ifAbsent,
                InputChecks.standalone().errors(new InstitutionInput(name, kind, contact, checks)));
    }

    @Test
    void aCompleteDescriptionIsTakenStripped() {
        InstitutionRules.Description d = check("  湖州银行  ", "BANK", " 柜面 0572-3012345 ", 120, 60);

        assertEquals("湖州银行", d.name());
        assertEquals(InstitutionKind.BANK, d.kind());
        assertEquals("柜面 0572-3012345", d.contact());
        assertEquals(120, d.checksPerMinute());
    }

    @Test
    void theContactIsOptionalAndTheAllowanceFallsBackToTheGivenOne() {
        InstitutionRules.Description d = check("Hotel Nanxun", "HOTEL", "  ", null, 60);

        assertNull(d.contact());
        assertEquals(60, d.checksPerMinute());
    }

    @Test
    void theLimitsThemselvesAreAllowed() {
        String hundred = "𠮷".repeat(100);   // four bytes each, one character each

        assertEquals(hundred, check(hundred, "OTHER", null, 1, 60).name());
        assertEquals(10_000, check("出入境窗口", "PUBLIC_OFFICE", null, 10_000, 60).checksPerMinute());
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> check(" ", "CASINO", "x".repeat(201), 0, 60));

        assertEquals(List.of("name", "kind", "contact", "checksPerMinute"),
                refused.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void refusalsReadInChineseAndEnglish() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> check("a".repeat(101), null, null, 10_001, 60));

        assertEquals(List.of("机构名称最多 100 个字符。", "请填写机构类型：BANK, HOTEL, PUBLIC_OFFICE, OTHER。",
                        "每分钟核验次数须为 1 至 10000 之间的整数。"),
                refused.errors().stream().map(e -> e.message(Language.ZH)).toList());
        assertEquals(List.of("The name must be at most 100 characters.",
                        "Please give the kind of institution: BANK, HOTEL, PUBLIC_OFFICE, OTHER.",
                        "The checks per minute must be a whole number from 1 to 10000."),
                refused.errors().stream().map(e -> e.message(Language.EN)).toList());
    }

    @Test
    void aMissingNameAndAnUnknownKindAreNamed() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> check(null, "bank", null, null, 60));

        assertEquals(List.of("Please give the institution's name.",
                        "Unknown kind bank; choose from: BANK, HOTEL, PUBLIC_OFFICE, OTHER."),
                refused.errors().stream().map(e -> e.message(Language.EN)).toList());
    }
}
