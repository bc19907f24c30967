package io.jingwu.api.divisions.control;

import jakarta.persistence.EntityManager;

/** {@link Divisions} as the container makes it, on a component test's entity manager. */
public final class TestDivisions {

    private TestDivisions() {
    }

    public static Divisions on(EntityManager em) {
        Divisions divisions = new Divisions();
        divisions.em = em;
        return divisions;
    }
}
