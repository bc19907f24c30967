package io.jingwu.api.fraud.index.boundary;

import io.jingwu.api.divisions.control.Divisions;
import io.jingwu.api.divisions.entity.Division;
import io.jingwu.api.fraud.index.control.FraudIndexFormula;
import io.jingwu.api.fraud.index.entity.CountyPopulation;
import io.jingwu.api.fraud.index.entity.IndexDay;
import io.jingwu.api.fraud.index.entity.IndexWindow;
import io.jingwu.api.fraud.index.entity.RiskLevel;
import io.jingwu.api.fraud.index.entity.WindowFigures;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.platform.problems.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The published anti-fraud index: read from what the timer computed ({@code fraud_index_days}), never computed
 * for the caller. A division code of six or more digits stands for its county (its first six digits).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FraudIndex {

    private static final String COUNTY_LEVEL = "county";

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Divisions divisions;

    @Inject
    Clock clock;

    /** The day it is in China. */
    public LocalDate today() {
        return IndexWindow.dayAt(clock.instant());
    }

    /**
     * The county's index for the day, with the trend of the 30 days ending that day.
     *
     * @param division a county's code, or a township's (9 digits) or finer, whose county is meant
     * @param date     yyyy-mm-dd; missing: today
     * @throws InvalidInputException  naming each parameter that is malformed
     * @throws NoFraudIndexException when the code is no county, the county has no population, or the day was not
     *                                computed
     */
    public FraudIndexView of(String division, String date, Language language) {
        IndexQuery query = IndexQuery.parse(division, date, today());
        String countyCode = query.countyCode();
        LocalDate day = query.day();
        Division county = divisions.find(countyCode).filter(d -> COUNTY_LEVEL.equals(d.level()))
                .orElseThrow(() -> NoFraudIndexException.notACounty(countyCode));
        String fullName = divisions.fullName(countyCode);
        if (em.find(CountyPopulation.class, countyCode) == null) {
            throw NoFraudIndexException.noPopulation(fullName);
        }
        IndexWindow window = new IndexWindow(day);
        Map<LocalDate, IndexDay> days = em.createNamedQuery(IndexDay.OF_COUNTY, IndexDay.class)
                .setParameter("county", countyCode)
                .setParameter("first", window.firstDay())
                .setParameter("last", day)
                .getResultStream().collect(Collectors.toMap(IndexDay::day, Function.identity()));
        IndexDay asked = Optional.ofNullable(days.get(day))
                .orElseThrow(() -> NoFraudIndexException.notComputed(fullName, day.toString()));
        return new FraudIndexView(new FraudIndexView.County(countyCode, county.name(), fullName), day,
                new FraudIndexView.Window(window.firstDay(), day), asked.level().number(),
                label(asked.level(), language), asked.score(), asked.population(),
                figures(asked.figures(), asked.population()), scamKinds(asked, language), trend(window, days),
                asked.computedAt());
    }

    /**
     * The newest day computed, today or before: today's index appears with the timer's first run of the day, until
     * then the day before is the newest.
     */
    public Optional<LocalDate> latestDay() {
        return Optional.ofNullable(em.createNamedQuery(IndexDay.LATEST, LocalDate.class)
                .setParameter("day", today()).getSingleResult());
    }

    /** Every county's level on the day, by code; counties not computed that day are left out. */
    public List<CountyLevelView> day(LocalDate day, Language language) {
        return em.createNamedQuery(IndexDay.OF_DAY, IndexDay.class).setParameter("day", day).getResultStream()
                .map(row -> {
                    Optional<Division> county = divisions.find(row.countyCode());
                    Optional<Division> city = county.map(Division::parentCode).flatMap(divisions::find);
                    return new CountyLevelView(row.countyCode(), county.map(Division::name).orElse(row.countyCode()),
                            city.map(Division::code).orElse(""), city.map(Division::name).orElse(""),
                            row.level().number(), label(row.level(), language), row.score());
                })
                .toList();
    }

    /** The level's name in the language: 低风险, Low, ... */
    public static String label(RiskLevel level, Language language) {
        return Messages.text(language, "fraud.index.level." + level.number());
    }

    private static List<FraudIndexView.ScamKindView> scamKinds(IndexDay day, Language language) {
        return day.topScamKinds().stream().map(kind -> new FraudIndexView.ScamKindView(kind.kind().name(),
                Messages.text(language, "fraud.kind." + kind.kind().name()), kind.reports())).toList();
    }

    /** Each day of the window, oldest first; a day not computed is a gap. */
    private static List<FraudIndexView.TrendDay> trend(IndexWindow window, Map<LocalDate, IndexDay> days) {
        return window.firstDay().datesUntil(window.day().plusDays(1))
                .map(date -> Optional.ofNullable(days.get(date))
                        .map(row -> new FraudIndexView.TrendDay(date, row.level().number(), row.score()))
                        .orElseGet(() -> new FraudIndexView.TrendDay(date, null, null)))
                .toList();
    }

    private static FraudIndexView.Figures figures(WindowFigures figures, long population) {
        return new FraudIndexView.Figures(figures.victimReports(), figures.suspiciousContacts(), figures.bankAlarms(),
                figures.amountLost(), figures.amountStopped(), figures.netLoss(),
                FraudIndexFormula.per100000(figures.victimReports(), population),
                FraudIndexFormula.per100000(figures.suspiciousContacts(), population),
                FraudIndexFormula.per100000(figures.bankAlarms(), population),
                FraudIndexFormula.perResident(figures.netLoss(), population));
    }
}
