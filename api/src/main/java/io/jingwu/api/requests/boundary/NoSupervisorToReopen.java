package io.jingwu.api.requests.boundary;

/**
 * A rating of 1 or 2 would reopen the request, but its unit has no active supervisor to take it over (answered
 * 409; nothing is recorded, so the rating can be given again once the unit has one).
 */
public class NoSupervisorToReopen extends RuntimeException {

    public NoSupervisorToReopen() {
        super("The unit has no active supervisor to take over a reopened request");
    }
}
