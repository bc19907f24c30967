package io.jingwu.api.attachments.control;

/** An upload that is not stored, and why; the caller is told in words of {@link Reason}. */
public class ImageRefused extends RuntimeException {

    public enum Reason {
        /** Not a JPEG, PNG or WebP, whatever its name or declared type. */
        NOT_AN_IMAGE,
        /** More bytes than allowed. */
        TOO_LARGE,
        /** More pixels, or wider or higher, than allowed (a small file can expand to gigabytes of pixels). */
        TOO_MANY_PIXELS,
        /** Starts like an image, but cannot be read as one. */
        UNREADABLE
    }

    private final Reason reason;
    private final long[] limits;

    /**
     * @param limits the limits exceeded: bytes for {@code TOO_LARGE}; pixels, then pixels per side, for
     *               {@code TOO_MANY_PIXELS}
     */
    public ImageRefused(Reason reason, long... limits) {
        super("Image refused: " + reason);
        this.reason = reason;
        this.limits = limits.clone();
    }

    /** The first limit exceeded; 0 when the reason has none. */
    public long limit() {
        return limits.length == 0 ? 0 : limits[0];
    }

    /** The limit at {@code index} in the order given; 0 when the reason has none there. */
    public long limit(int index) {
        return index < limits.length ? limits[index] : 0;
    }

    public Reason reason() {
        return reason;
    }
}
