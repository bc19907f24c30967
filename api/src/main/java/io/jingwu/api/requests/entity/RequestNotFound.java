package io.jingwu.api.requests.entity;

/**
 * No such request, or none this caller may reach (answered 404 either way): a clerk of another unit learns
 * nothing, not even that the tracking number exists.
 */
public class RequestNotFound extends RuntimeException {

    public RequestNotFound() {
        super("No request reachable by this caller");
    }
}
