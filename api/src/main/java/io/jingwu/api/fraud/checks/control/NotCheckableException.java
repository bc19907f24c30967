package io.jingwu.api.fraud.checks.control;

import io.jingwu.api.platform.problems.Refusal;
import io.jingwu.api.platform.problems.RefusedException;

/**
 * The value is not a phone, link or account of any shape the checks know (or a link whose international form is
 * broken): 400, worded under {@code problem.fraud-check-<what>}.
 */
public class NotCheckableException extends RefusedException {

    private final String what;

    /** @param what {@code not-a-phone}, {@code not-a-link}, {@code not-an-account}, ... */
    public NotCheckableException(String what) {
        super("Not checkable: " + what, null, false, false);
        this.what = what;
    }

    @Override
    public Refusal refusal() {
        return Refusal.of(400, "fraud-check-" + what);
    }
}
