package io.jingwu.api.personaldata.boundary;

import io.jingwu.api.platform.problems.Refusal;
import io.jingwu.api.platform.problems.RefusedException;

/**
 * The request does not exist or the staff member does not serve its unit. Deliberately the same for both,
 * and answered 404 at the boundary, so a clerk of one unit cannot even learn that another unit's request exists.
 */
public class RequestNotReachableException extends RefusedException {

    public RequestNotReachableException(long requestId) {
        super("Request " + requestId + " does not exist or is not served by this staff member");
    }

    @Override
    public Refusal refusal() {
        return Refusal.of(404, "not-found");
    }
}
