package io.jingwu.portal.workbench.boundary;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SlaCountdownTest {

    private static final ResourceBundle EN = ResourceBundle.getBundle("io.jingwu.portal.messages", Locale.ENGLISH);
    private static final ResourceBundle ZH = ResourceBundle.getBundle("io.jingwu.portal.messages", Locale.SIMPLIFIED_CHINESE);

    @Test
    void daysShowTheHoursBesideThemAndDropTheMinutes() {
        assertEquals("2 d 3 h", SlaCountdown.text(2 * 86_400 + 3 * 3_600 + 59 * 60, EN));
        assertEquals("2天3小时", SlaCountdown.text(2 * 86_400 + 3 * 3_600 + 59 * 60, ZH));
    }

    @Test
    void hoursShowTheMinutesBesideThem() {
        assertEquals("1 h 0 min", SlaCountdown.text(3_600, EN));
        assertEquals("4 h 25 min", SlaCountdown.text(4 * 3_600 + 25 * 60 + 59, EN));
    }

    @Test
    void minutesAreRoundedDown() {
        assertEquals("12 min", SlaCountdown.text(12 * 60 + 59, EN));
        assertEquals("12分钟", SlaCountdown.text(12 * 60 + 59, ZH));
    }

    @Test
    void underAMinuteIsSaidSo() {
        assertEquals("under 1 min", SlaCountdown.text(59, EN));
        assertEquals("under 1 min", SlaCountdown.text(0, EN));
    }

    @Test
    void overdueTimeIsCountedTheSameWay() {
        assertEquals("1 h 30 min", SlaCountdown.text(-5_400, EN));
    }
}
