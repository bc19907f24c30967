package io.jingwu.api.institutions.boundary;

import io.jingwu.api.institutions.entity.Admission;
import io.jingwu.api.institutions.entity.Admission.Outcome;
import io.jingwu.api.institutions.entity.InstitutionKind;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An endpoint goes on with an admitted caller only; everyone else is refused with a reason worded in both languages. */
class InstitutionRefusalsTest {

    @Test
    void anAdmittedCallerGoesOn() {
        Admission admitted = new Admission(Outcome.ADMITTED, 7, "湖州银行", InstitutionKind.BANK);

        assertSame(admitted, InstitutionRefusals.require(admitted));
    }

    @Test
    void anUnknownKeyAndAUsedUpAllowanceAreRefusedWithTheirAdmission() {
        Admission unknown = Admission.unknown();
        Admission tooMany = new Admission(Outcome.TOO_MANY, 7, "湖州银行", InstitutionKind.BANK);

        assertSame(unknown, assertThrows(InstitutionRefusedException.class, () -> InstitutionRefusals.require(unknown)).admission());
        assertSame(tooMany, assertThrows(InstitutionRefusedException.class, () -> InstitutionRefusals.require(tooMany)).admission());
    }

    @Test
    void anAdmittedCallerIsNeverARefusal() {
        assertThrows(IllegalArgumentException.class,
                () -> new InstitutionRefusedException(new Admission(Outcome.ADMITTED, 7, "湖州银行", InstitutionKind.BANK)));
    }

    @Test
    void everyRefusalHasATitleAndADetailInEveryLanguage() {
        for (String slug : new String[] {"institution-key-refused", "institution-too-many-checks",
                "institution-not-found", "institution-revoked"}) {
            for (Language language : Language.values()) {
                assertFalse(Messages.text(language, "problem." + slug + ".title").startsWith("??"), slug);
                assertFalse(Messages.text(language, "problem." + slug + ".detail").startsWith("??"), slug);
            }
        }
        assertEquals("API 密钥无效", Messages.text(Language.ZH, "problem.institution-key-refused.title"));
    }
}
