package io.jingwu.api.attachments.control;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.Refusal;
import io.jingwu.api.platform.problems.RefusedException;

import java.math.BigDecimal;

/** An upload that is not stored, and why; the caller is told in words of {@link Reason}. */
public class ImageRefused extends RefusedException {

    private static final long MIB = 1024 * 1024;

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

    @Override
    public Refusal refusal() {
        return switch (reason) {
            case NOT_AN_IMAGE -> Refusal.of(400, "image-type-refused");
            case TOO_LARGE -> Refusal.of(413, "image-too-large", String.valueOf(Math.max(1, limit() / MIB)));
            case TOO_MANY_PIXELS -> Refusal.of(400, "image-too-many-pixels",
                    (Refusal.Worded) language -> pixels(limit(0), language), String.valueOf(limit(1)));
            case UNREADABLE -> Refusal.of(400, "image-unreadable");
        };
    }

    /**
     * A count of pixels as the message's words count it: in millions ("40", "12.5"), in Chinese in ten thousands
     * (4000 万), as cameras are sold there.
     */
    static String pixels(long count, Language language) {
        long unit = language == Language.ZH ? 10_000 : 1_000_000;
        return BigDecimal.valueOf(count).divide(BigDecimal.valueOf(unit)).stripTrailingZeros().toPlainString();
    }
}
