package io.jingwu.api.requests.entity;

import io.jingwu.api.platform.problems.Refusal;
import io.jingwu.api.platform.problems.RefusedException;

/**
 * A move the lifecycle does not allow from where the request stands (answered 409). Thrown before anything
 * changed. When {@link #concernsMergeTarget()}, the status is the one of the request it was to be merged into.
 */
public class LifecycleViolation extends RefusedException {

    private final EventAction action;
    private final RequestStatus status;
    private final boolean concernsMergeTarget;

    public LifecycleViolation(EventAction action, RequestStatus status) {
        this(action, status, false);
    }

    private LifecycleViolation(EventAction action, RequestStatus status, boolean concernsMergeTarget) {
        super(concernsMergeTarget
                ? "Cannot merge into a request that is " + status
                : action + " is not possible while the request is " + status);
        this.action = action;
        this.status = status;
        this.concernsMergeTarget = concernsMergeTarget;
    }

    /** Merging into a request that is already final (closed, rejected, merged, withdrawn). */
    static LifecycleViolation finalMergeTarget(RequestStatus targetStatus) {
        return new LifecycleViolation(EventAction.MERGED, targetStatus, true);
    }

    /** The action that was refused. */
    public EventAction action() {
        return action;
    }

    /** The status that forbids it. */
    public RequestStatus status() {
        return status;
    }

    public boolean concernsMergeTarget() {
        return concernsMergeTarget;
    }

    /** Says which action the request's status does not allow, both in the reader's words. */
    @Override
    public Refusal refusal() {
        Refusal.Worded status = Refusal.label("status." + this.status.name());
        return concernsMergeTarget
                ? Refusal.of(409, "merge-target-final", status)
                : Refusal.of(409, "lifecycle-conflict", Refusal.label("action." + action.name()), status);
    }
}
