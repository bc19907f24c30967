package io.jingwu.portal.evaluation.boundary;

import io.jingwu.api.statistics.boundary.StatisticsReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The published figures as the pages show them: a share as a percentage with one decimal, a dash for none. */
@Named("figures")
@ApplicationScoped
public class FigureFormat {

    static final String NONE = "—";

    /** 0.4286 is "42.9%"; a share of nothing is a dash. */
    public String percent(StatisticsReport.Rate rate) {
        Double value = percentValue(rate);
        return value == null ? NONE : BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** The percentage for a chart; {@code null} (a gap) for a share of nothing. */
    public Double percentValue(StatisticsReport.Rate rate) {
        return rate == null || rate.rate() == null ? null
                : BigDecimal.valueOf(rate.rate()).movePointRight(2).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    public String minutes(StatisticsReport.MedianMinutes median) {
        return median == null || median.median() == null ? NONE
                : BigDecimal.valueOf(median.median()).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
