package io.jingwu.api.fraud.warnings.boundary;

import io.jingwu.api.platform.problems.Refusal;
import io.jingwu.api.platform.problems.RefusedException;

/** The area lies outside every anti-fraud centre the member serves: 403, nothing sent. */
public class OutsideJurisdictionException extends RefusedException {

    private final String jurisdictions;

    /** @param jurisdictions where the member's centres may warn, as people read it */
    public OutsideJurisdictionException(String jurisdictions) {
        super("Outside the centre's jurisdiction", null, false, false);
        this.jurisdictions = jurisdictions;
    }

    @Override
    public Refusal refusal() {
        return Refusal.of(403, "fraud-warning-outside-jurisdiction", jurisdictions);
    }
}
