package io.jingwu.api.fraud.index.boundary;

import jakarta.json.bind.annotation.JsonbNillable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A county's anti-fraud index for a day, as the public reads it. Amounts in yuan; rates and the score with two
 * decimals.
 *
 * @param level      1 (low) to 5 (severe)
 * @param label      the level's name in the caller's language
 * @param population the residents the figures were divided by
 * @param trend      the level and score of each day of the window, oldest first; null where it was not computed
 */
public record FraudIndexView(County county, LocalDate date, Window window, int level, String label, BigDecimal score,
                             long population, Figures figures, List<ScamKindView> topScamKinds, List<TrendDay> trend,
                             Instant computedAt) {

    /** @param fullName with the province and city: 浙江省 湖州市 德清县 */
    public record County(String code, String name, String fullName) {
    }

    /** The days counted, both included (China time). */
    public record Window(LocalDate from, LocalDate to) {
    }

    /**
     * The window's fraud reports, and the same per 100,000 residents (the net loss: per resident).
     *
     * @param victimReports      reports of money lost
     * @param suspiciousContacts reports of a suspicious call, message or link, before any money was lost
     * @param bankAlarms         bank counters' alarms
     * @param amountStopped      what the stop-payment saved of the money lost
     * @param netLoss            lost less stopped
     */
    public record Figures(int victimReports, int suspiciousContacts, int bankAlarms, BigDecimal amountLost,
                          BigDecimal amountStopped, BigDecimal netLoss, BigDecimal victimReportsPer100k,
                          BigDecimal suspiciousContactsPer100k, BigDecimal bankAlarmsPer100k,
                          BigDecimal netLossPerResident) {
    }

    /** @param kind a {@link io.jingwu.api.fraud.scams.entity.ScamKind} name; label: in the caller's language */
    public record ScamKindView(String kind, String label, int reports) {
    }

    @JsonbNillable
    public record TrendDay(LocalDate date, Integer level, BigDecimal score) {
    }
}
