package io.jingwu.api.platform.validation;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.platform.problems.FieldError;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The project's constraints, and how any violation reaches a user as a field error in their language. */
class DeclaredRulesTest {

    final Validator validator = InputChecks.validator();
    final InputCheck check = InputChecks.standalone();

    record Contact(@Phone String phone, @DivisionCode String divisionCode, @TextLength(min = 2, max = 4) String name) {
    }

    record Form(@NotBlank(message = "{request.contactName.required}")
                @TextLength(max = 5, message = "{request.contactName.length}")
                String contactName,
                @JsonbProperty("phone_number") @Phone(message = "{request.contactPhone.invalid}") String phone,
                @TextLength(min = 5, max = 10, message = "{request.description.length}") String description,
                @Size(max = 1, message = "{request.fields.tooMany}") Map<String, Object> fields,
                @Min(value = 3) Integer count) {
    }

    record Given(@Required String text, @Required(spacesCount = true) String password, @Required List<String> items,
                 @Required Integer count, @MaxItems(max = 2) Map<String, Object> answers, @NotOnlySpaces String change) {
    }

    @Test
    void aRequiredValueIsGivenNotEmptyAndForATextNotOnlySpaces() {
        assertEquals(List.of(), check.errors(new Given("x", " ", List.of("a"), 0, null, null)));
        assertEquals(List.of("text: required", "password: required", "items: required", "count: required", "change: required"),
                check.errors(new Given(" \n", "", List.of(), null, Map.of(), "  ")).stream()
                        .map(e -> e.field() + ": " + e.messageKey()).toList());
        assertEquals("Please fill this in.", check.errors(new Given(null, "p", List.of("a"), 1, null, null)).get(0).message(Language.EN));
    }

    @Test
    void aListOrMapHoldsAtMostItsMaximum() {
        FieldError error = check.errors(new Given("x", "p", List.of("a"), 1, Map.of("a", 1, "b", 2, "c", 3), null)).get(0);
        assertEquals(new FieldError("answers", Messages.VALIDATION, "items.max", List.of(2)), error);
        assertEquals("Принимается не более 2 элементов.", error.message(Language.RU));
    }

    record Allowance(@Between(min = 1, max = 10_000) Integer perMinute) {
    }

    @Test
    void aNumberBetweenLimitsNamesBothInOneMessage() {
        assertEquals(List.of(), check.errors(new Allowance(null)), "a missing number may stand for a default");
        assertEquals(List.of(), check.errors(new Allowance(10_000)));
        List<FieldError> errors = check.errors(new Allowance(0));
        assertEquals(List.of(new FieldError("perMinute", Messages.VALIDATION, "number.between", List.of(1L, 10_000L))), errors);
        assertEquals("Give a whole number from 1 to 10,000.", errors.get(0).message(Language.EN));
        assertEquals("数值须为 1 至 10,000 之间的整数。", errors.get(0).message(Language.ZH));
    }

    private boolean valid(Contact contact) {
        return validator.validate(contact).isEmpty();
    }

    @Test
    void aPhoneIsAValidMainlandOrInternationalNumber() {
        assertTrue(valid(new Contact("138 0013 8000", null, null)));
        assertTrue(valid(new Contact("0572-3061234", null, null)), "a landline with its area code");
        assertTrue(valid(new Contact("+7 912 345-67-89", null, null)), "a Russian mobile");
        assertEquals(false, valid(new Contact("12345", null, null)));
        assertEquals(false, valid(new Contact("1380013800", null, null)), "one digit short");
        assertTrue(valid(new Contact(" ", null, null)), "required or not is @NotBlank's to say");
    }

    @Test
    void aDivisionCodeHasSixOrNineDigits() {
        assertTrue(valid(new Contact(null, "330502", null)));
        assertTrue(valid(new Contact(null, " 330502100 ", null)));
        assertEquals(false, valid(new Contact(null, "33050", null)));
        assertEquals(false, valid(new Contact(null, "3305021", null)));
        assertEquals(false, valid(new Contact(null, "33050a", null)));
    }

    @Test
    void aTextIsMeasuredInCharactersWithoutSurroundingSpaces() {
        assertTrue(valid(new Contact(null, null, "𠮷𠮷𠮷𠮷")), "four characters, eight UTF-16 units");
        assertTrue(valid(new Contact(null, null, "  王明  ")));
        assertEquals(false, valid(new Contact(null, null, "王")));
        assertEquals(false, valid(new Contact(null, null, "王小明明明")));
        assertTrue(valid(new Contact(null, null, "   ")), "required or not is @NotBlank's to say");
    }

    @Test
    void aViolationBecomesAFieldErrorWithTheTemplatesKeyAndTheLimitsGiven() {
        List<FieldError> errors = check.errors(new Form("王小明明明明", "12345", "短", Map.of("a", 1, "b", 2), 1));
        assertEquals(List.of(
                new FieldError("contactName", Messages.VALIDATION, "request.contactName.length", List.of(5)),
                new FieldError("phone_number", Messages.VALIDATION, "request.contactPhone.invalid", List.of()),
                new FieldError("description", Messages.VALIDATION, "request.description.length", List.of(5, 10)),
                new FieldError("fields", Messages.VALIDATION, "request.fields.tooMany", List.of(1)),
                new FieldError("count", Messages.VALIDATION, "jakarta.validation.constraints.Min.message", List.of(3L))),
                errors);
    }

    @Test
    void aFieldErrorIsWordedInTheCallersLanguage() {
        FieldError error = check.errors(new Form("王小明明明明", null, null, null, null)).get(0);
        assertEquals("姓名不能超过 5 个字。", error.message(Language.ZH));
        assertEquals("The name must be at most 5 characters.", error.message(Language.EN));
        assertEquals("Имя должно содержать не более 5 символов.", error.message(Language.RU));

        FieldError between = check.errors(new Form("王", null, "短", null, null)).get(0);
        assertEquals("情况描述需在 5 到 10 个字之间。", between.message(Language.ZH));
        assertEquals("The description must be between 5 and 10 characters.", between.message(Language.EN));
        assertEquals("Описание должно содержать от 5 до 10 символов.", between.message(Language.RU));
    }

    @Test
    void aMissingValueIsTheOneErrorOfItsField() {
        assertEquals(List.of(FieldError.ofDeclared("contactName", "request.contactName.required")),
                check.errors(new Form(" ", null, null, null, null)));
    }

    @Test
    void theConstraintsOwnMessagesAreWordedInEveryLanguage() {
        for (Language language : Language.values()) {
            for (FieldError error : check.errors(new Contact("12345", "1", "王"))) {
                assertTrue(!error.message(language).startsWith("??"), error + " in " + language);
            }
        }
        assertEquals(List.of("phone", "divisionCode", "name"),
                check.errors(new Contact("12345", "1", "王")).stream().map(FieldError::field).toList());
    }

    @Test
    void errorsKeptAsCodeJoinTheDeclaredOnesInTheFormsOrder() {
        List<FieldError> errors = List.of(FieldError.of("fields.amount", "x"), FieldError.of("elsewhere", "y"),
                FieldError.of("contactName", "z"), FieldError.of("phone_number", "w"));
        assertEquals(List.of("contactName", "phone_number", "fields.amount", "elsewhere"),
                Violations.inDeclaredOrder(Form.class, errors).stream().map(FieldError::field).toList());
    }
}
