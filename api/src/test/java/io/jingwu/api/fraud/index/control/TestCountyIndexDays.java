package io.jingwu.api.fraud.index.control;

import jakarta.persistence.EntityManager;

/** The index computation on a component test's entity manager, as the container would inject it. */
public final class TestCountyIndexDays {

    private TestCountyIndexDays() {
    }

    public static CountyIndexDays on(EntityManager em) {
        CountyIndexDays countyDays = new CountyIndexDays();
        countyDays.em = em;
        countyDays.reported = new ReportedFigures();
        countyDays.reported.em = em;
        return countyDays;
    }
}
