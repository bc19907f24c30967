package io.jingwu.api.requests.entity;

/**
 * The kinds of move recorded in a request's event trail, one per action of the closed loop
 * 接单—派单—处置—反馈—跟进—回访 and its side roads. Each is labelled {@code action.<NAME>} in the message bundles.
 */
public enum EventAction {
    /** The citizen submitted it and it was routed to a unit. */
    SUBMITTED,
    /** 接单: a clerk of the unit claimed it. */
    ACCEPTED,
    /** Refused, with a reason the citizen reads. */
    REJECTED,
    /** Sent to another unit's queue: a back-flow (回流), a routing error. */
    TRANSFERRED,
    /** A duplicate, merged into another request. */
    MERGED,
    /** 派单: given to a handler or team. */
    DISPATCHED,
    /** 处置: handling began. */
    HANDLING_STARTED,
    /** The handler asked the citizen something; the SLA clock pauses. */
    CITIZEN_ASKED,
    /** The citizen answered; the SLA clock runs again. */
    CITIZEN_ANSWERED,
    /** 反馈: the public reply that resolves it. */
    REPLIED,
    /** 跟进: a clerk checked that the resolution holds. */
    FOLLOWED_UP,
    /** 回访: the satisfaction rating that closes it, or reopens it when low. */
    RETURN_VISITED,
    /** The citizen withdrew it. */
    WITHDRAWN,
    /** Its priority changed; the status did not. */
    PRIORITY_CHANGED,
    /** A note for staff only; the status did not change. */
    NOTE_ADDED,
    /** A stage's deadline is near: the unit's supervisors were warned (internal). */
    SLA_WARNED,
    /** A stage's deadline passed unmet: the unit's supervisors were alerted (internal). */
    SLA_BREACHED,
    /**
     * Its holder's account was switched off: another supervisor of the unit holds it now, or nobody (internal; the
     * status does not change).
     */
    HANDED_OVER
}
