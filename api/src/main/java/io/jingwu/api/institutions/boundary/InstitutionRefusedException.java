package io.jingwu.api.institutions.boundary;

import io.jingwu.api.institutions.entity.Admission;
import io.jingwu.api.platform.problems.Refusal;
import io.jingwu.api.platform.problems.RefusedException;

/**
 * A caller whose API key was not admitted; answered 401 or 429. Thrown by
 * {@link InstitutionRefusals#require}.
 */
public class InstitutionRefusedException extends RefusedException {

    private final transient Admission admission;

    public InstitutionRefusedException(Admission admission) {
        super("API key not admitted: " + admission.outcome(), null, false, false);
        if (admission.admitted()) {
            throw new IllegalArgumentException("An admitted caller is not refused");
        }
        this.admission = admission;
    }

    public Admission admission() {
        return admission;
    }

    @Override
    public Refusal refusal() {
        return InstitutionRefusals.refusal(admission);
    }
}
