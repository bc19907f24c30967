package io.jingwu.api.catalogue.control;

import io.jingwu.api.catalogue.entity.ServiceDefinition;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswersValidatorTest {

    /** 10:00 in China on 20 November 2026. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneOffset.UTC);

    final AnswersValidator validator = new AnswersValidator(CLOCK);
    final ServiceDefinition everyType = SampleServices.everyType();

    /** The one answer, normalised; fails the test when refused. */
    Object accepted(String code, Object answer) {
        AnswersValidator.Verdict verdict = validator.check(everyType, Map.of(code, answer));
        assertTrue(verdict.accepted(), code + "=" + answer + " refused: " + keys(verdict));
        return verdict.answers().get(code);
    }

    /** The message key of the one answer's refusal. */
    String refused(String code, Object answer) {
        AnswersValidator.Verdict verdict = validator.check(everyType, Map.of(code, answer));
        assertEquals(1, verdict.errors().size(), code + "=" + answer + ": " + keys(verdict));
        FieldError error = verdict.errors().get(0);
        assertEquals("fields." + code, error.field());
        assertTrue(verdict.answers().isEmpty(), "no answers from a refused submission");
        return error.messageKey();
    }

    static Map<String, String> keys(AnswersValidator.Verdict verdict) {
        return verdict.errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::messageKey));
    }

    @Test
    void aCompleteUnpaidWagesReportIsAcceptedAndNormalisedInTheServicesOrder() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("hasContract", "false");
        answers.put("workersAffected", new BigDecimal("4"));
        answers.put("monthsOwed", "3");
        answers.put("amountOwed", "18,000");
        answers.put("employerName", "  织里某童装加工厂 ");

        AnswersValidator.Verdict verdict = validator.check(SampleServices.unpaidWages(), answers);

        assertTrue(verdict.accepted(), keys(verdict).toString());
        assertEquals(List.of("employerName", "amountOwed", "monthsOwed", "workersAffected", "hasContract"),
                List.copyOf(verdict.answers().keySet()));
        assertEquals("织里某童装加工厂", verdict.answers().get("employerName"));
        assertEquals(new BigDecimal("18000.00"), verdict.answers().get("amountOwed"));
        assertEquals(3L, verdict.answers().get("monthsOwed"));
        assertEquals(4L, verdict.answers().get("workersAffected"));
        assertEquals(false, verdict.answers().get("hasContract"));
    }

    @Test
    void everyMissingRequiredAnswerIsReportedAtOnce() {
        Map<String, Object> answers = new HashMap<>();
        answers.put("employerName", "   ");
        answers.put("monthsOwed", null);

        AnswersValidator.Verdict verdict = validator.check(SampleServices.unpaidWages(), answers);

        assertEquals(Map.of("fields.employerName", "answer.required", "fields.amountOwed", "answer.required",
                "fields.monthsOwed", "answer.required"), keys(verdict));
    }

    @Test
    void noAnswersAtAllIsFineForAServiceThatRequiresNone() {
        assertTrue(validator.check(everyType, null).accepted());
        assertTrue(validator.check(SampleServices.general(io.jingwu.api.catalogue.entity.RequestType.DISPUTE), Map.of()).accepted());
    }

    @Test
    void aCodeTheServiceDoesNotAskIsRefused() {
        assertEquals("answer.unknown", refused("favouriteColour", "red"));
        assertEquals("answer.unknown", refused("amountOwed", "100"));   // a question of another service
    }

    @Test
    void refusalsAreWordedInBothLanguages() {
        FieldError error = validator.check(SampleServices.idCard(),
                Map.of("idNumber", "110101197810270021", "needTemporaryId", true)).errors().get(0);
        assertEquals("证件号码的校验位不符，可能有字符输错。", error.message(Language.ZH));
        assertEquals("The check digit of the document number does not match: a character may have been mistyped.",
                error.message(Language.EN));
        FieldError choice = validator.check(everyType, Map.of("choice", "fax")).errors().get(0);
        assertEquals("Please choose one of the options: phone, sms, website.", choice.message(Language.EN));
    }

    @Nested
    class Texts {
        @Test
        void areStrippedAndCountedAsPeopleCountCharacters() {
            assertEquals("𠮷田", accepted("text", " 𠮷田 "));
            assertEquals("answer.length.between", refused("text", "一"));
            assertEquals("answer.length.between", refused("text", "十一个字的一行文字啊啊"));
        }

        @Test
        void oneLineTextRefusesLineBreaksLongTextKeepsThem() {
            assertEquals("answer.TEXT.singleLine", refused("text", "第一行\n第二行"));
            assertEquals("第一行\n第二行", accepted("longText", "第一行\r\n第二行"));
        }

        @Test
        void longTextWithoutItsOwnLimitStopsAtTwoThousand() {
            assertEquals(2000, ((String) accepted("longText", "字".repeat(2000))).length());
            assertEquals("answer.length.max", refused("longText", "字".repeat(2001)));
        }

        @Test
        void aPatternIsExplainedByItsOwnMessage() {
            assertEquals("UZB", accepted("country", "UZB"));
            assertEquals("answer.pattern.countryCode", refused("country", "Uzbekistan"));
        }

        @Test
        void somethingThatIsNotTextIsRefused() {
            assertEquals("answer.TEXT.format", refused("text", Map.of("a", 1)));
            assertEquals("answer.LONG_TEXT.format", refused("longText", List.of("a")));
        }
    }

    @Nested
    class Numbers {
        @Test
        void wholeNumbersComeAsJsonNumbersOrText() {
            assertEquals(3L, accepted("number", new BigDecimal("3")));
            assertEquals(3L, accepted("number", new BigDecimal("3.0")));
            assertEquals(42L, accepted("number", " 42 "));
            assertEquals(7L, accepted("number", 7));
        }

        @ParameterizedTest
        @ValueSource(strings = {"3.5", "three", "1e3", "", "12345678901234567"})
        void anythingButAWholeNumberIsRefused(String text) {
            if (!text.isEmpty()) {
                assertEquals("answer.NUMBER.format", refused("number", text));
            }
            assertEquals("answer.NUMBER.format", refused("number", new BigDecimal("2.5")));
        }

        @Test
        void limitsAreInclusive() {
            assertEquals(0L, accepted("number", 0));
            assertEquals(120L, accepted("number", 120));
            assertEquals("answer.value.between", refused("number", 121));
            assertEquals("answer.value.between", refused("number", -1));
        }
    }

    @Nested
    class Money {
        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "3500|3500.00", "3500.5|3500.50", "3,500.50|3500.50", "¥3500|3500.00", "￥ 12,000元|12000.00",
                "RMB 20000|20000.00", "0.01|0.01"})
        void amountsAreReadAsPeopleWriteThemAndKeepTwoDecimals(String typed, String normalised) {
            assertEquals(new BigDecimal(normalised), accepted("money", typed));
        }

        @Test
        void jsonNumbersToo() {
            assertEquals(new BigDecimal("20000.00"), accepted("money", new BigDecimal("20000")));
            assertEquals(new BigDecimal("99.90"), accepted("money", 99.9));
        }

        @ParameterizedTest
        @ValueSource(strings = {"3500.505", "-5", "3.500,50", "三千", "1e5", "35,00", "10000000000000"})
        void anythingElseIsRefusedRatherThanRounded(String typed) {
            assertEquals("answer.MONEY.format", refused("money", typed));
        }

        @Test
        void belowTheMinimumIsRefused() {
            assertEquals("answer.value.min", refused("money", "0"));
            assertEquals("answer.MONEY.format", refused("money", new BigDecimal("-1")));
            assertEquals("answer.MONEY.format", refused("money", new BigDecimal("1.234")));
        }
    }

    @Nested
    class Dates {
        @ParameterizedTest
        @CsvSource({"2025-03-01, 2025-03-01", "2025-3-1, 2025-03-01", "2025/3/1, 2025-03-01", "2025.03.01, 2025-03-01",
                "2025年3月1日, 2025-03-01", "2026-11-20, 2026-11-20"})
        void areNormalisedToIso(String typed, String iso) {
            assertEquals(iso, accepted("date", typed));
        }

        @Test
        void impossibleDatesAreRefused() {
            assertEquals("answer.DATE.format", refused("date", "2025-02-30"));
            assertEquals("answer.DATE.format", refused("date", "yesterday"));
            assertEquals("answer.DATE.format", refused("date", 20250301));
        }

        @Test
        void limitsRelativeToTodayMoveWithTheClock() {
            assertEquals("answer.date.future", refused("date", "2026-11-21"));
            AnswersValidator.Verdict early = validator.check(everyType, Map.of("date", "2019-12-31"));
            assertEquals("Cannot be before 2020-01-01.", early.errors().get(0).message(Language.EN));
            AnswersValidator nextYear = new AnswersValidator(Clock.offset(CLOCK, java.time.Duration.ofDays(365)));
            assertTrue(nextYear.check(everyType, Map.of("date", "2026-11-21")).accepted());
        }

        @ParameterizedTest
        @CsvSource({"2026-11-20 09:30, 2026-11-20T09:30:00+08:00", "2026-11-20T09:30, 2026-11-20T09:30:00+08:00",
                "2026-11-20T01:00:00Z, 2026-11-20T09:00:00+08:00", "2026-11-19T20:15:00-05:00, 2026-11-20T09:15:00+08:00",
                "2026年11月20日 9点30分, 2026-11-20T09:30:00+08:00", "2026/11/20 9:05:30, 2026-11-20T09:05:30+08:00"})
        void dateTimesAreTakenInChinasTimeUnlessTheyNameTheirOffset(String typed, String iso) {
            assertEquals(iso, accepted("dateTime", typed));
        }

        @Test
        void aDateTimeInTheFutureOrUnreadableIsRefused() {
            assertEquals("answer.date.future", refused("dateTime", "2026-11-20 10:30"));
            assertEquals("answer.DATETIME.format", refused("dateTime", "2026-11-20"));
            assertEquals("answer.DATETIME.format", refused("dateTime", "2026-11-20 25:00"));
        }
    }

    @Nested
    class PhonesAndIdentityNumbers {
        @Test
        void phonesBecomeE164() {
            assertEquals("+8613800138000", accepted("phone", "138 0013 8000"));
            assertEquals("+8613800138000", accepted("phone", new BigDecimal("13800138000")));
            assertEquals("+865722222222", accepted("phone", "0572-2222222"));
            assertEquals("answer.PHONE.format", refused("phone", "12345"));
        }

        @Test
        void identityNumbersBecomeTheirEighteenCharacters() {
            assertEquals("11010519491231002X", accepted("idNumber", "11010519491231002x"));
            assertEquals("150102198807303035", accepted("idNumber", "150102880730303"));
            assertEquals("150102198807303035", accepted("idNumber", new BigDecimal("150102880730303")));
        }

        @Test
        void eachWayAnIdentityNumberCanBeWrongHasItsOwnMessage() {
            assertEquals("identity.format.resident-id", refused("idNumber", "44030819990110"));
            assertEquals("identity.division.unknown", refused("idNumber", "880101197810270027"));
            assertEquals("identity.birth-date.unreal", refused("idNumber", "110101780231002"));
            assertEquals("identity.check-digit.DOCUMENT_NUMBER", refused("idNumber", "440308199901101513"));
        }
    }

    @Nested
    class Choices {
        @Test
        void aChoiceIsAnsweredByItsValueNotItsLabel() {
            assertEquals("sms", accepted("choice", " sms "));
            assertEquals("answer.CHOICE.unknown", refused("choice", "短信"));
            assertEquals("answer.CHOICE.unknown", refused("choice", "SMS"));
            assertEquals("answer.CHOICE.unknown", refused("choice", 1));
        }

        @Test
        void multipleChoicesComeBackInTheCataloguesOrder() {
            assertEquals(List.of("noise", "smoke"), accepted("multi", List.of("smoke", "noise")));
            assertEquals(List.of("other"), accepted("multi", "other"));
        }

        @Test
        void eachOptionOnceAndOnlyOptionsThatExist() {
            assertEquals("answer.MULTI_CHOICE.duplicate", refused("multi", List.of("noise", "noise")));
            assertEquals("answer.CHOICE.unknown", refused("multi", List.of("noise", "fireworks")));
            assertEquals("answer.CHOICE.unknown", refused("multi", List.of(1)));
        }

        @Test
        void yesOrNo() {
            assertEquals(true, accepted("yes", true));
            assertEquals(true, accepted("yes", "TRUE"));
            assertEquals(false, accepted("yes", "false"));
            assertEquals("answer.BOOLEAN.format", refused("yes", "yes"));
            assertEquals("answer.BOOLEAN.format", refused("yes", 1));
        }

        @Test
        void aRequiredYesNoQuestionIsAnsweredByNo() {
            AnswersValidator.Verdict verdict = validator.check(SampleServices.idCard(),
                    Map.of("idNumber", "330105197810270025", "needTemporaryId", false));
            assertTrue(verdict.accepted(), keys(verdict).toString());
            assertFalse((Boolean) verdict.answers().get("needTemporaryId"));
        }
    }
}
