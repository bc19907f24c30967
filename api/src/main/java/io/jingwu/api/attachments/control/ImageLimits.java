package io.jingwu.api.attachments.control;

import io.jingwu.api.attachments.control.ImageRefused.Reason;

/**
 * How many pixels an evidence image may have, judged from its header before anything is decoded: a file of a few
 * kilobytes can announce an image that takes hundreds of megabytes once decoded. An evidence photo needs neither
 * more than a phone's camera takes nor a strip thousands of times longer than it is wide.
 *
 * @param maxPixels width times height
 * @param maxSide   width or height
 */
public record ImageLimits(long maxPixels, int maxSide) {

    /** @throws ImageRefused {@code TOO_MANY_PIXELS}, or {@code UNREADABLE} for a header without a size */
    void check(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new ImageRefused(Reason.UNREADABLE);
        }
        if (width > maxSide || height > maxSide || (long) width * height > maxPixels) {
            throw new ImageRefused(Reason.TOO_MANY_PIXELS, maxPixels, maxSide);
        }
    }
}
