package io.jingwu.api.statistics.boundary;

import io.jingwu.api.statistics.control.Counts;
import io.jingwu.api.statistics.control.Medians;
import io.jingwu.api.statistics.control.Tally;
import io.jingwu.api.units.entity.UnitKind;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The published figures: the period and filters asked for, the figures of the whole scope and of each unit. No
 * personal data and no tracking number: only counts, shares and medians.
 */
@JsonbNillable
@JsonbPropertyOrder({"period", "filters", "total", "units"})
public record StatisticsReport(Period period, Filters filters, Figures total, List<UnitFigures> units) {

    /** Local dates (China time), both included. */
    @JsonbPropertyOrder({"from", "to"})
    public record Period(LocalDate from, LocalDate to) {
    }

    /** {@code null} where not asked for. */
    @JsonbNillable
    @JsonbPropertyOrder({"unit", "division"})
    public record Filters(String unit, String division) {
    }

    /** A share in [0, 1] rounded to 4 decimals, and what it is a share of; {@code null} when that is nothing. */
    @JsonbNillable
    @JsonbPropertyOrder({"rate", "of"})
    public record Rate(Double rate, long of) {

        public static Rate of(long part, long whole) {
            if (part < 0 || part > whole) {
                throw new IllegalArgumentException(part + " is not a part of " + whole);
            }
            return new Rate(whole == 0 ? null : rounded(BigDecimal.valueOf(part), whole, 4), whole);
        }
    }

    /** A median in minutes (1 decimal), and how many requests it is the median of. */
    @JsonbNillable
    @JsonbPropertyOrder({"median", "of"})
    public record MedianMinutes(Double median, long of) {

        public static MedianMinutes of(Double minutes, long of) {
            return new MedianMinutes(minutes == null || of == 0 ? null : rounded(BigDecimal.valueOf(minutes), 1, 1), of);
        }
    }

    @JsonbPropertyOrder({"accept", "resolve"})
    public record SlaCompliance(Rate accept, Rate resolve) {
    }

    /**
     * @param volume             requests
     * @param backflowRate       of the requests routing sent here, the share transferred afterwards (回流)
     * @param diversionRate      of the 双非 requests (routed here, for a unit), the share now in a non-police unit
     *                           (分流); {@code null} for a non-police unit
     * @param slaCompliance      of the stages decided, the share done before the deadline
     * @param satisfactionRate   of the rated requests, the share rated 4 or 5
     * @param rated              requests with a return visit's rating
     * @param averageRating      1 to 5, rounded to 2 decimals; {@code null} when none is rated
     */
    @JsonbNillable
    @JsonbPropertyOrder({"volume", "backflowRate", "diversionRate", "slaCompliance", "medianMinutesToAccept",
            "medianMinutesToResolve", "satisfactionRate", "rated", "averageRating"})
    public record Figures(long volume, Rate backflowRate, Rate diversionRate, SlaCompliance slaCompliance,
                          MedianMinutes medianMinutesToAccept, MedianMinutes medianMinutesToResolve,
                          Rate satisfactionRate, long rated, Double averageRating) {

        /** @param police whether diversion applies (the whole scope counts as police) */
        public static Figures of(Tally tally, Medians medians, boolean police) {
            Counts here = tally.here();
            Counts routed = tally.routedHere();
            return new Figures(here.requests(),
                    Rate.of(routed.backflowed(), routed.requests()),
                    police ? Rate.of(tally.diverted(), routed.doubleNon()) : null,
                    new SlaCompliance(Rate.of(here.acceptMet(), here.acceptDecided()),
                            Rate.of(here.resolveMet(), here.resolveDecided())),
                    MedianMinutes.of(medians.acceptMinutes(), here.accepted()),
                    MedianMinutes.of(medians.resolveMinutes(), here.resolved()),
                    Rate.of(here.satisfied(), here.rated()),
                    here.rated(),
                    here.rated() == 0 ? null : rounded(BigDecimal.valueOf(here.ratingSum()), here.rated(), 2));
        }
    }

    /** Exact decimal division, rounded half up: 2/3 is 0.6667, never 0.6666 or 0.66666666. */
    static Double rounded(BigDecimal dividend, long divisor, int decimals) {
        return dividend.divide(BigDecimal.valueOf(divisor), decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /** A unit as the public sees it: its code, its name in the answer's language and its kind. */
    @JsonbPropertyOrder({"code", "name", "kind"})
    public record UnitSummary(String code, String name, UnitKind kind) {
    }

    /** One unit's figures, beside the unit. */
    @JsonbNillable
    @JsonbPropertyOrder({"unit", "volume", "backflowRate", "diversionRate", "slaCompliance", "medianMinutesToAccept",
            "medianMinutesToResolve", "satisfactionRate", "rated", "averageRating"})
    public record UnitFigures(UnitSummary unit, long volume, Rate backflowRate, Rate diversionRate,
                              SlaCompliance slaCompliance, MedianMinutes medianMinutesToAccept,
                              MedianMinutes medianMinutesToResolve, Rate satisfactionRate, long rated,
                              Double averageRating) {

        public static UnitFigures of(UnitSummary unit, Figures f) {
            return new UnitFigures(unit, f.volume(), f.backflowRate(), f.diversionRate(), f.slaCompliance(),
                    f.medianMinutesToAccept(), f.medianMinutesToResolve(), f.satisfactionRate(), f.rated(),
                    f.averageRating());
        }
    }
}
