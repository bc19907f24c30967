package io.jingwu.api.fraud.index.control;

import io.jingwu.api.fraud.index.entity.IndexReading;
import io.jingwu.api.fraud.index.entity.IndexWindow;
import io.jingwu.api.fraud.index.entity.RiskLevel;
import io.jingwu.api.fraud.index.entity.ScamKindCount;
import io.jingwu.api.fraud.index.entity.WindowFigures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * The anti-fraud index (反诈指数) of a county for a day: one number a resident can check by hand from the published
 * figures, and the level it falls in. {@code docs/ANTI-FRAUD-INDEX.md} explains it for residents.
 *
 * <p><b>Figures.</b> The fraud reports of the county (the first six digits of the report's division) submitted in
 * the {@linkplain IndexWindow window}, the 30 days ending that day in China time: {@code V} reports of money lost
 * (victims), {@code A} bank counters' alarms, {@code S} reports of a suspicious call, message or link (no money
 * lost yet), {@code L} yuan the victims lost and {@code T} yuan of it the stop-payment saved (止付, as the clerks
 * recorded it); and {@code P}, the county's residents. Other fraud matters ({@code general}) do not count: they
 * are neither a loss nor an attempt.
 *
 * <p><b>Score.</b>
 * <pre>
 *   score = ( 100,000 × (1 × V + 0.5 × A + 0.2 × S) + 1 × (L − T) ) / P
 * </pre>
 * that is: victims per 100,000 residents; plus half a point per bank alarm per 100,000 (money about to go, kept at
 * the counter); plus a fifth of a point per suspicious contact per 100,000 (fraudsters at work, nobody has paid);
 * plus one point per yuan of net loss per resident. One division, rounded to 2 decimals, half up.
 *
 * <p><b>Level</b> of the rounded score: below 1 is level 1 (low), from 1 level 2 (guarded), from 3 level 3
 * (elevated), from 6 level 4 (high), from 10 level 5 (severe) ({@link RiskLevel}).
 *
 * <p><b>Scams most reported:</b> the {@value #TOP_KINDS} kinds of scam named by the most reports of the window (at
 * least one each), ties in the order of {@link io.jingwu.api.fraud.scams.entity.ScamKind}.
 *
 * <p>For example, 40,000 residents, 2 victims who lost 12,000 yuan of which 2,000 were stopped, 1 bank alarm and 1
 * suspicious contact: (100,000 × (2 + 0.5 + 0.2) + 10,000) / 40,000 = 7.00, level 4 (high).
 */
public final class FraudIndexFormula {

    public static final BigDecimal PER_RESIDENTS = BigDecimal.valueOf(100_000);
    public static final BigDecimal VICTIM_WEIGHT = new BigDecimal("1");
    public static final BigDecimal BANK_ALARM_WEIGHT = new BigDecimal("0.5");
    public static final BigDecimal SUSPICIOUS_CONTACT_WEIGHT = new BigDecimal("0.2");
    /** Points per yuan of net loss per resident. */
    public static final BigDecimal NET_LOSS_WEIGHT = new BigDecimal("1");
    public static final int TOP_KINDS = 3;
    /** Scores, rates and amounts per resident are published with two decimals. */
    public static final int DECIMALS = 2;

    private FraudIndexFormula() {
    }

    /**
     * @param scamKinds  the window's reports per kind of scam named
     * @param population the county's residents, at least one
     */
    public static IndexReading read(WindowFigures figures, List<ScamKindCount> scamKinds, long population) {
        BigDecimal score = score(figures, population);
        return new IndexReading(score, RiskLevel.ofScore(score), topScamKinds(scamKinds));
    }

    /** The score, 2 decimals, half up. */
    public static BigDecimal score(WindowFigures figures, long population) {
        BigDecimal reports = VICTIM_WEIGHT.multiply(BigDecimal.valueOf(figures.victimReports()))
                .add(BANK_ALARM_WEIGHT.multiply(BigDecimal.valueOf(figures.bankAlarms())))
                .add(SUSPICIOUS_CONTACT_WEIGHT.multiply(BigDecimal.valueOf(figures.suspiciousContacts())));
        BigDecimal points = reports.multiply(PER_RESIDENTS).add(NET_LOSS_WEIGHT.multiply(figures.netLoss()));
        return points.divide(residents(population), DECIMALS, RoundingMode.HALF_UP);
    }

    /** Reports per 100,000 residents, 2 decimals, half up: how the figures are published beside the score. */
    public static BigDecimal per100000(int reports, long population) {
        return BigDecimal.valueOf(reports).multiply(PER_RESIDENTS)
                .divide(residents(population), DECIMALS, RoundingMode.HALF_UP);
    }

    /** Yuan per resident, 2 decimals, half up. */
    public static BigDecimal perResident(BigDecimal yuan, long population) {
        return yuan.divide(residents(population), DECIMALS, RoundingMode.HALF_UP);
    }

    /** The most reported kinds, at most {@value #TOP_KINDS}, most reported first, ties in the kinds' order. */
    public static List<ScamKindCount> topScamKinds(List<ScamKindCount> kinds) {
        return kinds.stream().filter(kind -> kind.reports() > 0)
                .sorted(Comparator.comparingInt(ScamKindCount::reports).reversed()
                        .thenComparing(ScamKindCount::kind))
                .limit(TOP_KINDS)
                .toList();
    }

    private static BigDecimal residents(long population) {
        if (population < 1) {
            throw new IllegalArgumentException("A county's index needs its residents: " + population);
        }
        return BigDecimal.valueOf(population);
    }
}
