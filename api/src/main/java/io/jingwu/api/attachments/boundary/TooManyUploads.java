package io.jingwu.api.attachments.boundary;

import io.jingwu.api.platform.problems.Refusal;
import io.jingwu.api.platform.problems.RefusedException;

/** The citizen's token or address has sent as many images as it may in an hour. */
public class TooManyUploads extends RefusedException {

    /** The window the allowance is counted over: by then, at the latest, an upload is taken again. */
    public static final int RETRY_AFTER_SECONDS = 3600;

    public TooManyUploads() {
        super("Too many uploads in the last hour");
    }

    @Override
    public Refusal refusal() {
        return Refusal.of(429, "too-many-uploads").withHeader("Retry-After", RETRY_AFTER_SECONDS);
    }
}
