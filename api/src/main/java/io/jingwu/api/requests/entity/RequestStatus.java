package io.jingwu.api.requests.entity;

/** Where a request stands in the closed loop 接单—派单—处置—反馈—跟进—回访. */
public enum RequestStatus {
    SUBMITTED,
    ACCEPTED,
    DISPATCHED,
    IN_PROGRESS,
    AWAITING_CITIZEN,
    RESOLVED,
    FOLLOWED_UP,
    CLOSED,
    REJECTED,
    MERGED,
    WITHDRAWN;

    public boolean isFinal() {
        return this == CLOSED || this == REJECTED || this == MERGED || this == WITHDRAWN;
    }
}
