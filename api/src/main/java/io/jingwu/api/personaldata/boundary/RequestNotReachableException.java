package io.jingwu.api.personaldata.boundary;

/**
 * The request does not exist or the staff member does not serve its unit. Deliberately the same for both,
 * and answered 404 at the boundary, so a clerk of one unit cannot even learn that another unit's request exists.
 */
public class RequestNotReachableException extends RuntimeException {

    public RequestNotReachableException(long requestId) {
        super("Request " + requestId + " does not exist or is not served by this staff member");
    }
}
