package io.jingwu.api.requests.entity;

import io.jingwu.api.platform.problems.Refusal;
import io.jingwu.api.platform.problems.RefusedException;

/**
 * A move the request's status allows, but not to this person: the role does not fit the lifecycle's "who"
 * (answered 403). Thrown before anything changed.
 */
public class ForbiddenMove extends RefusedException {

    private final EventAction action;
    private final String actor;

    public ForbiddenMove(EventAction action, String actor) {
        super(actor + " may not perform " + action);
        this.action = action;
        this.actor = actor;
    }

    public EventAction action() {
        return action;
    }

    public String actor() {
        return actor;
    }

    @Override
    public Refusal refusal() {
        return Refusal.of(403, "forbidden");
    }
}
