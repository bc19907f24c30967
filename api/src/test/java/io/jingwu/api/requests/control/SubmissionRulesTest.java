package io.jingwu.api.requests.control;

import io.jingwu.api.catalogue.control.AnswersValidator;
import io.jingwu.api.catalogue.control.InMemoryServiceDefinitions;
import io.jingwu.api.catalogue.control.SampleServices;
import io.jingwu.api.catalogue.control.ServiceCatalogue;
import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.divisions.control.Divisions;
import io.jingwu.api.divisions.entity.Division;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.validation.InputChecks;
import io.jingwu.api.requests.entity.Channel;
import io.jingwu.api.requests.entity.Submission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How a submission's category and answers are checked against the service catalogue, for every channel. */
class SubmissionRulesTest {

    SubmissionRules rules;

    @BeforeEach
    void rulesWithACatalogue() {
        rules = new SubmissionRules();
        rules.inputs = InputChecks.standalone();
        rules.divisions = new Divisions() {
            @Override
            public Optional<Division> find(String code) {
                return "330502100".equals(code) ? Optional.of(new Division() { }) : Optional.empty();
            }
        };
        rules.catalogue = new ServiceCatalogue(new InMemoryServiceDefinitions(SampleServices.unpaidWages(),
                SampleServices.general(RequestType.DISPUTE), SampleServices.moneyLost()));
        rules.answers = new AnswersValidator(Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneOffset.UTC));
    }

    static RequestInput input(String type, String category, Map<String, Object> fields) {
        return new RequestInput(type, category, "老板拖欠我三个月工资，一直不给。", "330502100", null, "王小明",
                "13800138000", "zh", fields);
    }

    Map<String, String> refusal(RequestInput input) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> rules.check(input, Channel.PORTAL, Language.ZH));
        return e.errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::messageKey));
    }

    @Test
    void aRequestWithoutCategoryIsForItsTypesGeneralService() {
        Submission submission = rules.check(input("DISPUTE", null, null), Channel.PORTAL, Language.ZH);
        assertEquals("general", submission.category());
        assertEquals(Map.of(), submission.answers());
        assertEquals(Priority.NORMAL, submission.priority());
    }

    @Test
    void answersAreCheckedAgainstTheNamedServiceAndKeptNormalised() {
        Submission submission = rules.check(input("DISPUTE", " Unpaid-Wages ",
                Map.of("employerName", "织里某童装加工厂", "amountOwed", "18000", "monthsOwed", new BigDecimal("3"))),
                Channel.WECHAT, Language.ZH);
        assertEquals("unpaid-wages", submission.category());
        assertEquals(new BigDecimal("18000.00"), submission.answers().get("amountOwed"));
        assertEquals(3L, submission.answers().get("monthsOwed"));
    }

    @Test
    void aRequestStartsWithItsServicesDefaultPriority() {
        Submission submission = rules.check(input("FRAUD_REPORT", "money-lost", Map.of("amount", "20000",
                "transferredAt", "2026-11-20 09:12", "receivingAccount", "6222 0000 1111 2222", "channel", "phone")),
                Channel.API, Language.ZH);
        assertEquals(Priority.URGENT, submission.priority());
        assertEquals("2026-11-20T09:12:00+08:00", submission.answers().get("transferredAt"));
    }

    @Test
    void aCategoryMustNameAnActiveServiceOfTheType() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> rules.check(input("DISPUTE", "money-lost", Map.of()), Channel.API, Language.EN));
        FieldError error = e.errors().get(0);
        assertEquals("category", error.field());
        assertEquals("money-lost is not a service of this request type; choose one of: unpaid-wages, general.",
                error.message(Language.EN));
    }

    @Test
    void aTypeWithoutGeneralServiceNeedsACategory() {
        assertEquals(Map.of("category", "request.category.required"), refusal(input("FRAUD_REPORT", null, Map.of())));
    }

    @Test
    void answerProblemsComeWithEveryOtherProblemAtOnce() {
        RequestInput input = new RequestInput("DISPUTE", "unpaid-wages", "短", "330502100", null, "王小明", "12345", "zh",
                Map.of("employerName", "某厂", "amountOwed", "lots", "monthsOwed", 0, "favouriteColour", "red"));
        assertEquals(Map.of("description", "request.description.length", "contactPhone", "request.contactPhone.invalid",
                "fields.amountOwed", "answer.MONEY.format", "fields.monthsOwed", "answer.value.between",
                "fields.favouriteColour", "answer.unknown"), refusal(input));
    }

    @Test
    void withAnUnknownTypeOnlyTheTypeIsReported() {
        assertEquals(Map.of("type", "request.type.unknown"), refusal(input("PARKING", "unpaid-wages", Map.of("x", 1))));
    }
}
