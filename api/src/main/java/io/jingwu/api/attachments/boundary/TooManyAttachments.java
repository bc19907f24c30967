package io.jingwu.api.attachments.boundary;

/** The request already has as many attachments as one request may have. */
public class TooManyAttachments extends RuntimeException {

    private final int limit;

    public TooManyAttachments(int limit) {
        super("A request has at most " + limit + " attachments");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
