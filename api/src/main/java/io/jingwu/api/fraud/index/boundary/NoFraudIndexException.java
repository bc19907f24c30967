package io.jingwu.api.fraud.index.boundary;

import io.jingwu.api.platform.problems.Refusal;
import io.jingwu.api.platform.problems.RefusedException;

/** There is no index to answer with, and why: 404 with a problem document that says so. */
public class NoFraudIndexException extends RefusedException {

    private final transient Refusal refusal;

    private NoFraudIndexException(String message, Refusal refusal) {
        super(message, null, false, false);
        this.refusal = refusal;
    }

    /** The code names no county-level division (a province, a city, or nothing). */
    static NoFraudIndexException notACounty(String code) {
        return new NoFraudIndexException("Not a county: " + code, Refusal.of(404, "fraud-index-not-a-county", code));
    }

    /** The county's population is not on record, so nothing can be counted per resident. */
    static NoFraudIndexException noPopulation(String county) {
        return new NoFraudIndexException("No population: " + county,
                Refusal.of(404, "fraud-index-no-population", county));
    }

    /** The timer has not computed that day (a day to come, or one older than the days kept). */
    static NoFraudIndexException notComputed(String county, String day) {
        return new NoFraudIndexException("Not computed: " + county + " " + day,
                Refusal.of(404, "fraud-index-not-computed", county, day));
    }

    @Override
    public Refusal refusal() {
        return refusal;
    }
}
