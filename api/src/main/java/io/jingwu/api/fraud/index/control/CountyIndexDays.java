package io.jingwu.api.fraud.index.control;

import io.jingwu.api.fraud.index.entity.IndexDay;
import io.jingwu.api.fraud.index.entity.IndexReading;
import io.jingwu.api.fraud.index.entity.IndexWindow;
import io.jingwu.api.fraud.index.entity.WindowFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes the index days of one county that are due, in one short transaction: today (its reports keep coming),
 * yesterday (the reports of its last minutes), and any day of the last 30 that has no row yet (a new county, or
 * the days an outage missed), so that the trend is whole.
 *
 * <p>Several instances run the timer: the county's population row is locked first, and a county another
 * transaction holds (another instance computing it, an administrator changing its population) is passed over, not
 * waited for; that instance computes it. Each day is written with an UPSERT, so a day computed again, by a later
 * run or by another instance that read the same reports, ends as one row with the same figures.
 */
@ApplicationScoped
public class CountyIndexDays {

    private static final String LOCK_POPULATION =
            "SELECT population FROM county_populations WHERE county_code = ? FOR UPDATE SKIP LOCKED";

    private static final String COMPUTED_DAYS =
            "SELECT day FROM fraud_index_days WHERE county_code = ? AND day BETWEEN ? AND ?";

    private static final String UPSERT = """
            INSERT INTO fraud_index_days (county_code, day, population, victim_reports, suspicious_contacts,
                bank_alarms, amount_lost, amount_stopped, score, level, top_scam_kinds, computed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE population = VALUES(population), victim_reports = VALUES(victim_reports),
                suspicious_contacts = VALUES(suspicious_contacts), bank_alarms = VALUES(bank_alarms),
                amount_lost = VALUES(amount_lost), amount_stopped = VALUES(amount_stopped), score = VALUES(score),
                level = VALUES(level), top_scam_kinds = VALUES(top_scam_kinds), computed_at = VALUES(computed_at)""";

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    ReportedFigures reported;

    /**
     * The county's days due at {@code now}.
     *
     * @return the days computed, oldest first; none when the county has no population, or another transaction
     * holds it
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<LocalDate> compute(String countyCode, Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> population = em.createNativeQuery(LOCK_POPULATION).setParameter(1, countyCode).getResultList();
        if (population.isEmpty()) {
            return List.of();
        }
        List<LocalDate> due = dueDays(countyCode, IndexWindow.dayAt(now));
        due.forEach(day -> write(countyCode, day, population.get(0).longValue(), now));
        return due;
    }

    private List<LocalDate> dueDays(String countyCode, LocalDate today) {
        LocalDate first = new IndexWindow(today).firstDay();
        @SuppressWarnings("unchecked")
        List<Object> computed = em.createNativeQuery(COMPUTED_DAYS)
                .setParameter(1, countyCode)
                .setParameter(2, Date.valueOf(first))
                .setParameter(3, Date.valueOf(today))
                .getResultList();
        Set<LocalDate> done = new TreeSet<>();
        computed.forEach(day -> done.add(day instanceof Date date ? date.toLocalDate() : (LocalDate) day));
        Set<LocalDate> due = new TreeSet<>();
        first.datesUntil(today.plusDays(1)).filter(day -> !done.contains(day)).forEach(due::add);
        due.add(today.minusDays(1));
        due.add(today);
        return List.copyOf(due);
    }

    private void write(String countyCode, LocalDate day, long population, Instant now) {
        IndexWindow window = new IndexWindow(day);
        WindowFigures figures = reported.of(countyCode, window);
        IndexReading reading = FraudIndexFormula.read(figures, reported.scamKinds(countyCode, window), population);
        em.createNativeQuery(UPSERT)
                .setParameter(1, countyCode)
                .setParameter(2, Date.valueOf(day))
                .setParameter(3, population)
                .setParameter(4, figures.victimReports())
                .setParameter(5, figures.suspiciousContacts())
                .setParameter(6, figures.bankAlarms())
                .setParameter(7, figures.amountLost())
                .setParameter(8, figures.amountStopped())
                .setParameter(9, reading.score())
                .setParameter(10, reading.level().number())
                .setParameter(11, IndexDay.topScamKindsColumn(reading.topScamKinds()))
                .setParameter(12, LocalDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
    }
}
