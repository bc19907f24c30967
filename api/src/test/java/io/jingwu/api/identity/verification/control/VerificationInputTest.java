package io.jingwu.api.identity.verification.control;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.validation.InputChecks;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rules a verification declares, the same for the REST body, the portal page and the chatbot. */
class VerificationInputTest {

    static VerificationInput input(String phone, String divisionCode) {
        return new VerificationInput("RESIDENT_ID", "330502199003071234", null, "王晓明", null, phone, divisionCode, "zh");
    }

    @Test
    void aPhoneAndWhereTheHolderLivesAreRequired() {
        List<FieldError> errors = InputChecks.standalone().errors(input(" ", null));
        assertEquals(List.of("phone", "divisionCode"), errors.stream().map(FieldError::field).toList());
        assertEquals("Enter your mobile number: the code is sent there.", errors.get(0).message(Language.EN));
        assertEquals("请选择您居住的地区：核验不通过时由当地民警联系您。", errors.get(1).message(Language.ZH));
    }

    @Test
    void thePhoneMustBeANumberThatCanBeReached() {
        List<FieldError> errors = InputChecks.standalone().errors(input("12345", "330502"));
        assertEquals(List.of(FieldError.ofDeclared("phone", "request.contactPhone.invalid")), errors);
        assertEquals("Неверный номер телефона. Укажите 11-значный номер мобильного телефона или городской номер с кодом города.",
                errors.get(0).message(Language.RU));
        assertEquals(List.of(), InputChecks.standalone().errors(input("+86 138 0013 8000", "330502")));
    }
}
