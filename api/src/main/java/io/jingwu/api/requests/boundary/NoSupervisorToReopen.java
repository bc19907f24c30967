package io.jingwu.api.requests.boundary;

import io.jingwu.api.platform.problems.Refusal;
import io.jingwu.api.platform.problems.RefusedException;

/**
 * A rating of 1 or 2 would reopen the request, but its unit has no active supervisor to take it over (answered
 * 409; nothing is recorded, so the rating can be given again once the unit has one).
 */
public class NoSupervisorToReopen extends RefusedException {

    public NoSupervisorToReopen() {
        super("The unit has no active supervisor to take over a reopened request");
    }

    @Override
    public Refusal refusal() {
        return Refusal.of(409, "no-supervisor-to-reopen");
    }
}
