package io.jingwu.api.requests.entity;

import io.jingwu.api.platform.problems.Refusal;
import io.jingwu.api.platform.problems.RefusedException;

/**
 * No such request, or none this caller may reach (answered 404 either way): a clerk of another unit learns
 * nothing, not even that the tracking number exists.
 */
public class RequestNotFound extends RefusedException {

    public RequestNotFound() {
        super("No request reachable by this caller");
    }

    @Override
    public Refusal refusal() {
        return Refusal.of(404, "request-not-found");
    }
}
