package io.jingwu.api.statistics.boundary;

import io.jingwu.api.statistics.boundary.StatisticsReport.Figures;
import io.jingwu.api.statistics.boundary.StatisticsReport.MedianMinutes;
import io.jingwu.api.statistics.boundary.StatisticsReport.Rate;
import io.jingwu.api.statistics.control.Counts;
import io.jingwu.api.statistics.control.Medians;
import io.jingwu.api.statistics.control.Tally;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StatisticsReportTest {

    @Test
    void aRateIsRoundedToFourDecimalsAndKeepsItsDenominator() {
        assertEquals(new Rate(0.6667, 3), Rate.of(2, 3));
        assertEquals(new Rate(0.4286, 7), Rate.of(3, 7));
        assertEquals(new Rate(1.0, 4), Rate.of(4, 4));
        assertEquals(new Rate(0.0, 4), Rate.of(0, 4));
    }

    @Test
    void aShareOfNothingIsNullNotNaN() {
        assertEquals(new Rate(null, 0), Rate.of(0, 0));
        assertThrows(IllegalArgumentException.class, () -> Rate.of(3, 2));
    }

    @Test
    void mediansAreMinutesToOneDecimal() {
        assertEquals(new MedianMinutes(12.5, 4), MedianMinutes.of(12.5, 4));
        assertEquals(new MedianMinutes(3.0, 1), MedianMinutes.of(3.0, 1));
        assertEquals(new MedianMinutes(null, 0), MedianMinutes.of(null, 0));
    }

    @Test
    void figuresDivideTheRightCounts() {
        Counts here = new Counts(10, 0, 0, 8, 6, 5, 4, 7, 5, 3, 2, 11);
        Counts routed = new Counts(12, 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        Figures figures = Figures.of(new Tally(here, routed, 1), new Medians(25.0, 120.0), true);

        assertEquals(10, figures.volume());
        assertEquals(new Rate(0.25, 12), figures.backflowRate());
        assertEquals(new Rate(0.25, 4), figures.diversionRate());
        assertEquals(new Rate(0.75, 8), figures.slaCompliance().accept());
        assertEquals(new Rate(0.8, 5), figures.slaCompliance().resolve());
        assertEquals(new MedianMinutes(25.0, 7), figures.medianMinutesToAccept());
        assertEquals(new MedianMinutes(120.0, 5), figures.medianMinutesToResolve());
        assertEquals(new Rate(0.6667, 3), figures.satisfactionRate());
        assertEquals(3, figures.rated());
        assertEquals(3.67, figures.averageRating(), "11 / 3");
    }

    @Test
    void diversionDoesNotApplyToANonPoliceUnitAndNothingRatedHasNoAverage() {
        Figures figures = Figures.of(Tally.NONE, Medians.NONE, false);

        assertNull(figures.diversionRate());
        assertNull(figures.averageRating());
        assertEquals(new Rate(null, 0), figures.backflowRate());
        assertEquals(new MedianMinutes(null, 0), figures.medianMinutesToAccept());
    }
}
