package io.jingwu.api.repeats.control;

import jakarta.persistence.EntityManager;

/** The settings as a deployment without configuration has them, for the tests of repeat detection. */
final class DefaultRepeatSettings {

    private DefaultRepeatSettings() {
    }

    static RepeatSettings of() {
        RepeatSettings settings = new RepeatSettings();
        settings.samePhone = "P30D";
        settings.samePlace = "P7D";
        settings.similarText = "P3D";
        settings.maxDistance = Integer.parseInt(RepeatSettings.DEFAULT_MAX_DISTANCE);
        settings.check();
        return settings;
    }

    /** Repeat links on the test's own connection, with the default settings. */
    static RepeatLinks links(EntityManager em) {
        RepeatLinks links = new RepeatLinks();
        links.em = em;
        links.settings = of();
        return links;
    }
}
