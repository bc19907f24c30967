package io.jingwu.api.attachments.control;

import io.jingwu.api.platform.problems.Refusal;
import io.jingwu.api.platform.problems.RefusedException;

/** Every decoding slot stayed taken for the whole wait: the upload is to be sent again shortly. */
public class DecodersBusy extends RefusedException {

    /** Long enough for the images being decoded to be done with, short enough for a person to wait. */
    static final int RETRY_AFTER_SECONDS = 5;


    public DecodersBusy() {
        super("Every image decoding slot is taken");
    }

    @Override
    public Refusal refusal() {
        return Refusal.of(503, "images-busy").withHeader("Retry-After", RETRY_AFTER_SECONDS);
    }
}
