package io.jingwu.portal.evaluation.boundary;

import io.jingwu.api.statistics.boundary.StatisticsReport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FigureFormatTest {

    private final FigureFormat format = new FigureFormat();

    @Test
    void aShareIsAPercentageWithOneDecimal() {
        assertEquals("42.9%", format.percent(StatisticsReport.Rate.of(3, 7)));
        assertEquals("100.0%", format.percent(StatisticsReport.Rate.of(1, 1)));
        assertEquals("0.0%", format.percent(StatisticsReport.Rate.of(0, 2)));
        assertEquals(66.67, format.percentValue(StatisticsReport.Rate.of(2, 3)));
    }

    @Test
    void nothingToShareOrNoFigureIsADashOrAGap() {
        assertEquals("—", format.percent(StatisticsReport.Rate.of(0, 0)));
        assertEquals("—", format.percent(null));
        assertNull(format.percentValue(StatisticsReport.Rate.of(0, 0)));
        assertEquals("—", format.minutes(StatisticsReport.MedianMinutes.of(null, 0)));
        assertEquals("20.5", format.minutes(StatisticsReport.MedianMinutes.of(20.5, 4)));
    }
}
