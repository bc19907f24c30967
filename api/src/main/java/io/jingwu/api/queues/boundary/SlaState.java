package io.jingwu.api.queues.boundary;

import java.time.Instant;

/**
 * Where a request stands against the deadline of its running stage (accepting while queued, then resolving), as a
 * queue shows and filters it: on time, near (past the warning time, the policy's warning share of the stage left),
 * breached (past the deadline), or paused (waiting for the citizen's answer). A request whose stages are done, or
 * with nothing promised, has none.
 */
public enum SlaState {
    ON_TIME, NEAR, BREACHED, PAUSED;

    /**
     * @param dueAt  the running stage's deadline; null when no stage runs
     * @param warnAt when the warning falls; null when the stage has no warning time
     * @return null when no stage runs and the request is not paused
     */
    public static SlaState at(Instant now, Instant dueAt, Instant warnAt, boolean paused) {
        if (paused) {
            return PAUSED;
        }
        if (dueAt == null) {
            return null;
        }
        if (!now.isBefore(dueAt)) {
            return BREACHED;
        }
        return warnAt != null && !now.isBefore(warnAt) ? NEAR : ON_TIME;
    }
}
