package io.jingwu.api.fraud.index.control;

import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.fraud.index.entity.CountyPopulation;
import io.jingwu.api.fraud.index.entity.IndexDay;
import io.jingwu.api.fraud.index.entity.RiskLevel;
import io.jingwu.api.fraud.index.entity.ScamKindCount;
import io.jingwu.api.fraud.index.entity.WindowFigures;
import io.jingwu.api.fraud.reports.entity.FraudCase;
import io.jingwu.api.fraud.scams.entity.ScamKind;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.requests.entity.Submission;
import io.jingwu.api.testing.ComponentDatabase;
import io.jingwu.api.testing.RolledBackTransaction;
import io.jingwu.api.testing.SeparateTransaction;
import io.jingwu.api.testing.StoredRequests;
import io.jingwu.api.units.entity.Unit;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The index days of a county computed from stored fraud reports: the window in China days, what each category
 * counts for, the figures against a hand computation, and that computing again, or from a second instance, writes
 * the same one row per day. Each test has a county of its own, which no other test reports fraud in.
 */
class CountyIndexDaysDatabaseTest {

    /** 20:00 on 30 November 2026 in China. */
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-30");

    @RegisterExtension
    final RolledBackTransaction database = new RolledBackTransaction();

    private final EntityManager em = database.em();
    private final Unit unit = StoredRequests.unit(em);
    private final CountyIndexDays countyDays = TestCountyIndexDays.on(em);

    @Test
    void theWindowIsThirtyChinaDaysAndTheFiguresAreTheHandComputation() {
        String county = "331124"; // 松阳县
        em.persist(new CountyPopulation(county, 40_000, "test figure", "admin", NOW));
        // inside the window of 30 November, 1 to 30 November in China:
        reported(county, "money-lost", ScamKind.IMPERSONATING_OFFICIALS, "9000", null, "2000", "2026-10-31T16:00:00Z"); // 1 Nov 00:00
        reported(county, "money-lost", ScamKind.FAKE_RELATIVE, "3000", null, null, "2026-11-30T15:59:59Z"); // 30 Nov 23:59:59
        reported(county, "suspicious-contact", null, null, null, null, "2026-11-15T02:00:00Z");
        reported(county, "bank-counter-alert", null, null, "50000", "50000", "2026-11-20T03:00:00Z");
        reported(county, "general", null, null, null, null, "2026-11-10T02:00:00Z"); // counts for nothing
        // outside it: the last second of October, the first of December, another county
        reported(county, "money-lost", ScamKind.IMPERSONATING_OFFICIALS, "100000", null, null, "2026-10-31T15:59:59Z");
        reported(county, "money-lost", ScamKind.BRUSHING_JOBS, "7000", null, null, "2026-11-30T16:00:00Z");
        reported("331125", "money-lost", ScamKind.BRUSHING_JOBS, "7000", null, null, "2026-11-20T03:00:00Z");

        List<LocalDate> computed = countyDays.compute(county, NOW);

        assertEquals(TODAY.minusDays(29).datesUntil(TODAY.plusDays(1)).toList(), computed, "a new county: 30 days");
        IndexDay today = day(county, TODAY);
        // 2 victims lost 12,000 yuan, 2,000 stopped (the alarm's 50,000 stopped was never lost); 1 alarm; 1 contact.
        // (100,000 × (2 + 0.5 × 1 + 0.2 × 1) + 10,000) / 40,000 = 7.00: level 4
        assertEquals(new WindowFigures(2, 1, 1, new BigDecimal("12000.00"), new BigDecimal("2000.00")), today.figures());
        assertEquals(40_000, today.population());
        assertEquals(new BigDecimal("7.00"), today.score());
        assertEquals(RiskLevel.HIGH, today.level());
        assertEquals(List.of(new ScamKindCount(ScamKind.IMPERSONATING_OFFICIALS, 1),
                new ScamKindCount(ScamKind.FAKE_RELATIVE, 1)), today.topScamKinds(), "a tie: in the kinds' order");
        assertEquals(NOW, today.computedAt());
        // 29 November: 31 October to 29 November, with October's last second and without the victim of the 30th.
        // (100,000 × (2 + 0.5 + 0.2) + 107,000) / 40,000 = 9.425, 9.43: level 4
        IndexDay yesterday = day(county, TODAY.minusDays(1));
        assertEquals(new WindowFigures(2, 1, 1, new BigDecimal("109000.00"), new BigDecimal("2000.00")), yesterday.figures());
        assertEquals(new BigDecimal("9.43"), yesterday.score());
        assertEquals(RiskLevel.HIGH, yesterday.level());
        // 1 November: 3 October to 1 November, with the last second of October.
        // (100,000 × 2 + 107,000) / 40,000 = 7.675, 7.68: level 4
        IndexDay first = day(county, TODAY.minusDays(29));
        assertEquals(new WindowFigures(2, 0, 0, new BigDecimal("109000.00"), new BigDecimal("2000.00")), first.figures());
        assertEquals(new BigDecimal("7.68"), first.score());
        assertEquals(List.of(new ScamKindCount(ScamKind.IMPERSONATING_OFFICIALS, 2)), first.topScamKinds());
    }

    @Test
    void computingAgainRewritesTodayAndYesterdayAndFillsOnlyTheDaysMissing() {
        String county = "331126"; // 庆元县
        em.persist(new CountyPopulation(county, 200_000, "test figure", "admin", NOW));
        reported(county, "money-lost", ScamKind.LOAN_CREDIT, "1000", null, null, "2026-11-28T02:00:00Z");
        countyDays.compute(county, NOW);
        em.createNativeQuery("DELETE FROM fraud_index_days WHERE county_code = ? AND day = ?")
                .setParameter(1, county).setParameter(2, java.sql.Date.valueOf(TODAY.minusDays(10))).executeUpdate();
        reported(county, "money-lost", ScamKind.LOAN_CREDIT, "1000", null, null, "2026-11-30T02:00:00Z");

        Instant later = NOW.plusSeconds(600);
        List<LocalDate> computed = countyDays.compute(county, later);

        assertEquals(List.of(TODAY.minusDays(10), TODAY.minusDays(1), TODAY), computed);
        assertEquals(30L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM fraud_index_days WHERE county_code = ?")
                .setParameter(1, county).getSingleResult()).longValue(), "one row per day");
        em.clear();
        assertEquals(2, day(county, TODAY).figures().victimReports(), "today again, with its new report");
        assertEquals(later, day(county, TODAY).computedAt());
        assertEquals(NOW, day(county, TODAY.minusDays(2)).computedAt(), "a day computed before is left as it is");
    }

    @Test
    void aCountyWithoutAPopulationHasNoIndex() {
        reported("331127", "money-lost", ScamKind.LOAN_CREDIT, "1000", null, null, "2026-11-28T02:00:00Z");

        assertEquals(List.of(), countyDays.compute("331127", NOW));
        assertEquals(0L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM fraud_index_days WHERE county_code = ?")
                .setParameter(1, "331127").getSingleResult()).longValue());
    }

    /**
     * Two instances run the timer at once: while one computes a county (it holds the county's population row), the
     * other passes it over at once instead of waiting, and computes it when it is free again.
     */
    @Test
    void aCountyAnotherInstanceIsComputingIsPassedOverNotWaitedFor() {
        String county = "331181"; // 龙泉市
        ComponentDatabase.committed(committed -> {
            committed.persist(new CountyPopulation(county, 250_000, "test figure", "admin", NOW));
            return null;
        });
        try {
            try (SeparateTransaction otherInstance = SeparateTransaction.begin()) {
                List<LocalDate> computedThere = TestCountyIndexDays.on(otherInstance.em()).compute(county, NOW);
                assertEquals(30, computedThere.size());

                assertEquals(List.of(), countyDays.compute(county, NOW), "held by the other instance");
                otherInstance.commit();
            }
            try (SeparateTransaction later = SeparateTransaction.begin()) {
                assertEquals(List.of(TODAY.minusDays(1), TODAY), TestCountyIndexDays.on(later.em()).compute(county, NOW),
                        "free again: the days the other instance computed are there");
            }
        } finally {
            ComponentDatabase.committed(committed -> committed.createNativeQuery(
                            "DELETE p, d FROM county_populations p LEFT JOIN fraud_index_days d ON d.county_code = p.county_code"
                                    + " WHERE p.county_code = ?")
                    .setParameter(1, county).executeUpdate());
        }
    }

    private IndexDay day(String county, LocalDate day) {
        return em.find(IndexDay.class, new IndexDay.Key(county, day));
    }

    private void reported(String county, String category, ScamKind kind, String lost, String atRisk, String stopped,
                          String at) {
        Instant reportedAt = Instant.parse(at);
        Submission wages = StoredRequests.wagesDispute();
        ServiceRequest request = StoredRequests.stored(em, unit, new Submission(RequestType.FRAUD_REPORT, category,
                "对方自称公安民警，要求转账到安全账户。", county + "100", wages.address(), wages.contactName(),
                wages.contactPhone(), wages.language(), wages.channel(), wages.answers(), Priority.URGENT),
                Priority.URGENT, reportedAt);
        FraudCase fraudCase = FraudCase.of(request.id(), category, county + "100", kind,
                lost == null ? null : new BigDecimal(lost), atRisk == null ? null : new BigDecimal(atRisk), reportedAt);
        if (stopped != null) {
            fraudCase.recordStopPayment(new BigDecimal(stopped), "clerk", reportedAt.plusSeconds(600));
        }
        em.persist(fraudCase);
        em.flush();
    }
}
