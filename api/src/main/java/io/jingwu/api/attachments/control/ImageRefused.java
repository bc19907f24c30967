package io.jingwu.api.attachments.control;

/** An upload that is not stored, and why; the caller is told in words of {@link Reason}. */
public class ImageRefused extends RuntimeException {

    public enum Reason {
        /** Not a JPEG, PNG or WebP, whatever its name or declared type. */
        NOT_AN_IMAGE,
        /** More bytes than allowed. */
        TOO_LARGE,
        /** Wider or higher than allowed (a small file can expand to gigabytes of pixels). */
        TOO_MANY_PIXELS,
        /** Starts like an image, but cannot be read as one. */
        UNREADABLE
    }

    private final Reason reason;
    private final long limit;

    public ImageRefused(Reason reason) {
        this(reason, 0);
    }

    /** @param limit the limit exceeded: bytes for {@code TOO_LARGE}, pixels per side for {@code TOO_MANY_PIXELS} */
    public ImageRefused(Reason reason, long limit) {
        super("Image refused: " + reason);
        this.reason = reason;
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    public Reason reason() {
        return reason;
    }
}
