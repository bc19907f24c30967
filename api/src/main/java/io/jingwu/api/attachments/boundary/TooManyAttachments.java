package io.jingwu.api.attachments.boundary;

import io.jingwu.api.platform.problems.Refusal;
import io.jingwu.api.platform.problems.RefusedException;

/** The request already has as many attachments as one request may have. */
public class TooManyAttachments extends RefusedException {

    private final int limit;

    public TooManyAttachments(int limit) {
        super("A request has at most " + limit + " attachments");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }

    @Override
    public Refusal refusal() {
        return Refusal.of(409, "too-many-attachments", String.valueOf(limit));
    }
}
