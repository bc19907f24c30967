package io.jingwu.api.attachments.control;

/** Every decoding slot stayed taken for the whole wait: the upload is to be sent again shortly. */
public class DecodersBusy extends RuntimeException {

    public DecodersBusy() {
        super("Every image decoding slot is taken");
    }
}
