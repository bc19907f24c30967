package io.jingwu.api.attachments.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads an upload, stopping as soon as it is longer than allowed, so an oversized body is never held whole. */
public final class BoundedUpload {

    private BoundedUpload() {
    }

    /** @throws ImageRefused ({@code TOO_LARGE}) when the body has more than {@code maxBytes} */
    public static byte[] read(InputStream body, long maxBytes) {
        if (body == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw new ImageRefused(ImageRefused.Reason.TOO_LARGE, maxBytes);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
