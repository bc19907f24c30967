package io.jingwu.api.repeats.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepeatSettingsTest {

    @Test
    void windowsAreIsoDurations() {
        assertEquals(Duration.ofDays(7), RepeatSettings.window("same-place", " P7D "));
        assertEquals(Duration.ofHours(12), RepeatSettings.window("same-place", "PT12H"));
    }

    @Test
    void aMisspeltOrEmptyWindowStopsTheStartNamingTheSetting() {
        IllegalStateException misspelt = assertThrows(IllegalStateException.class,
                () -> RepeatSettings.window("same-phone", "30 days"));
        assertTrue(misspelt.getMessage().contains("jingwu.repeats.window.same-phone"), misspelt.getMessage());
        assertTrue(misspelt.getMessage().contains("30 days"), misspelt.getMessage());
        assertThrows(IllegalStateException.class, () -> RepeatSettings.window("similar-text", "PT0S"));
        assertThrows(IllegalStateException.class, () -> RepeatSettings.window("similar-text", "-P1D"));
    }
}
