package io.jingwu.api.fraud.index.boundary;

import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.divisions.control.Divisions;
import io.jingwu.api.divisions.control.TestDivisions;
import io.jingwu.api.fraud.index.control.CountyIndexDays;
import io.jingwu.api.fraud.index.control.TestCountyIndexDays;
import io.jingwu.api.fraud.index.entity.CountyPopulation;
import io.jingwu.api.fraud.reports.entity.FraudCase;
import io.jingwu.api.fraud.scams.entity.ScamKind;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.validation.InputChecks;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.requests.entity.Submission;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.staff.entity.StaffRole;
import io.jingwu.api.testing.RolledBackTransaction;
import io.jingwu.api.testing.StoredRequests;
import io.jingwu.api.units.entity.Unit;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The published index as the API and the page read it: the computed day of a county named by any code within it,
 * its figures per resident, the trend with its gaps, the levels' names, and what the answer says when there is no
 * index. The populations administrators keep, with their rules.
 */
class FraudIndexDatabaseTest {

    /** 20:00 on 30 November 2026 in China. */
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-30");
    private static final StaffActor ADMIN = new StaffActor("admin.li", Set.of(StaffRole.ADMIN), Set.of());

    @RegisterExtension
    final RolledBackTransaction database = new RolledBackTransaction();

    private final EntityManager em = database.em();
    private final Unit unit = StoredRequests.unit(em);
    private final FraudIndex index = new FraudIndex();
    private final CountyPopulations populations = new CountyPopulations();
    private final CountyIndexDays countyDays = TestCountyIndexDays.on(em);

    FraudIndexDatabaseTest() {
        Divisions divisions = TestDivisions.on(em);
        index.em = em;
        index.divisions = divisions;
        index.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        populations.em = em;
        populations.divisions = divisions;
        populations.inputs = InputChecks.standalone();
        populations.clock = index.clock;
    }

    /** 松阳县: 40,000 residents, 2 victims (12,000 yuan lost, 2,000 stopped), 1 bank alarm, 1 suspicious contact. */
    private void songyangComputed() {
        populations.put("331124", new CountyPopulationInput(40_000L, "测试数据"), ADMIN);
        reported("money-lost", ScamKind.FAKE_RELATIVE, "3000", null);
        reported("money-lost", ScamKind.IMPERSONATING_OFFICIALS, "9000", "2000");
        reported("bank-counter-alert", null, null, null);
        reported("suspicious-contact", null, null, null);
        countyDays.compute("331124", NOW);
    }

    @Test
    void aTownshipsCodeReadsItsCountysComputedDayWithFiguresPerResident() {
        songyangComputed();

        FraudIndexView view = index.of("331124100", "2026-11-30", Language.EN);

        assertEquals(new FraudIndexView.County("331124", "松阳县", "浙江省 丽水市 松阳县"), view.county());
        assertEquals(new FraudIndexView.Window(LocalDate.parse("2026-11-01"), TODAY), view.window());
        // (100,000 × (2 + 0.5 + 0.2) + 10,000) / 40,000 = 7.00
        assertEquals(4, view.level());
        assertEquals("High", view.label());
        assertEquals(new BigDecimal("7.00"), view.score());
        assertEquals(40_000, view.population());
        assertEquals(new FraudIndexView.Figures(2, 1, 1, new BigDecimal("12000.00"), new BigDecimal("2000.00"),
                new BigDecimal("10000.00"), new BigDecimal("5.00"), new BigDecimal("2.50"), new BigDecimal("2.50"),
                new BigDecimal("0.25")), view.figures());
        assertEquals(List.of(
                new FraudIndexView.ScamKindView("IMPERSONATING_OFFICIALS", "someone posing as police, prosecutors or officials", 1),
                new FraudIndexView.ScamKindView("FAKE_RELATIVE", "a relative said to be in trouble", 1)), view.topScamKinds());
        assertEquals(NOW, view.computedAt());
    }

    @Test
    void theTrendHasEveryDayOfTheWindowAndAGapWhereADayWasNotComputed() {
        songyangComputed();
        em.createNativeQuery("DELETE FROM fraud_index_days WHERE county_code = '331124' AND day = '2026-11-20'")
                .executeUpdate();

        List<FraudIndexView.TrendDay> trend = index.of("331124", null, Language.ZH).trend();

        assertEquals(30, trend.size());
        assertEquals(LocalDate.parse("2026-11-01"), trend.get(0).date());
        assertEquals(new FraudIndexView.TrendDay(TODAY, 4, new BigDecimal("7.00")), trend.get(29), "today by default");
        assertEquals(new FraudIndexView.TrendDay(LocalDate.parse("2026-11-29"), 1, new BigDecimal("0.00")),
                trend.get(28), "the reports are all of the 30th");
        assertNull(trend.get(19).level(), trend.get(19).toString());
        assertEquals(LocalDate.parse("2026-11-20"), trend.get(19).date());
    }

    @Test
    void everyCountyOfTheDayWithItsCityAndTheLevelsName() {
        songyangComputed();

        CountyLevelView songyang = index.day(TODAY, Language.ZH).stream()
                .filter(county -> county.code().equals("331124")).findFirst().orElseThrow();

        assertEquals(new CountyLevelView("331124", "松阳县", "331100", "丽水市", 4, "高风险", new BigDecimal("7.00")),
                songyang);
        assertEquals(java.util.Optional.of(TODAY), index.latestDay(), "the newest day computed up to today");
        assertEquals(List.of(), index.day(TODAY.plusDays(1), Language.ZH).stream()
                .filter(county -> county.code().equals("331124")).toList(), "tomorrow is not computed yet");
    }

    @Test
    void withoutAnIndexTheAnswerSaysWhy() {
        songyangComputed();

        assertEquals("fraud-index-not-a-county", refusal("331100", null), "丽水市 is a city");
        assertEquals("fraud-index-not-a-county", refusal("999999", null), "no such division");
        assertEquals("fraud-index-no-population", refusal("331123", null), "遂昌县 has no population");
        assertEquals("fraud-index-not-computed", refusal("331124", "2026-12-01"));
        assertEquals("fraud-index-not-computed", refusal("331124", "2026-10-01"));
        InvalidInputException malformed = assertThrows(InvalidInputException.class,
                () -> index.of("3311", "30/11/2026", Language.ZH));
        assertEquals(List.of("division", "date"), malformed.errors().stream().map(FieldError::field).toList());
        assertEquals(List.of("fraud.index.division.required"), assertThrows(InvalidInputException.class,
                () -> index.of(" ", null, Language.ZH)).errors().stream().map(FieldError::messageKey).toList());
    }

    @Test
    void aPopulationIsACountysWithItsSourceAndReplacesTheFormerOne() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> populations.put("331100", new CountyPopulationInput(0L, " "), ADMIN));
        assertEquals(List.of("countyCode", "population", "source"),
                refused.errors().stream().map(FieldError::field).toList());
        assertEquals(List.of("countyCode", "population", "source"), assertThrows(InvalidInputException.class,
                () -> populations.put("33", null, ADMIN)).errors().stream().map(FieldError::field).toList());

        populations.put("331122", new CountyPopulationInput(350_000L, "演示数值"), ADMIN);
        CountyPopulationView revised = populations.put("331122",
                new CountyPopulationInput(344_000L, "第七次全国人口普查 县级汇总表"), ADMIN);

        assertEquals(new CountyPopulationView("331122", "浙江省 丽水市 缙云县", 344_000, "第七次全国人口普查 县级汇总表",
                NOW, "admin.li"), revised);
        assertEquals(revised, populations.find("331122").orElseThrow());
        assertEquals(List.of(revised), populations.list().stream()
                .filter(county -> county.countyCode().equals("331122")).toList());
    }

    private String refusal(String division, String date) {
        return assertThrows(NoFraudIndexException.class, () -> index.of(division, date, Language.ZH))
                .refusal().type();
    }

    /** A fraud report in 松阳县 at 10:00 on 30 November. */
    private void reported(String category, ScamKind kind, String lost, String stopped) {
        Instant at = Instant.parse("2026-11-30T02:00:00Z");
        Submission wages = StoredRequests.wagesDispute();
        ServiceRequest request = StoredRequests.stored(em, unit, new Submission(RequestType.FRAUD_REPORT, category,
                "对方自称公安民警，要求转账到安全账户。", "331124100", wages.address(), wages.contactName(),
                wages.contactPhone(), wages.language(), wages.channel(), wages.answers(), Priority.URGENT),
                Priority.URGENT, at);
        FraudCase fraudCase = FraudCase.of(request.id(), category, "331124100", kind,
                lost == null ? null : new BigDecimal(lost), category.equals("bank-counter-alert") ? new BigDecimal("50000") : null, at);
        if (stopped != null) {
            fraudCase.recordStopPayment(new BigDecimal(stopped), "clerk", at.plusSeconds(600));
        }
        em.persist(fraudCase);
        em.flush();
    }
}
