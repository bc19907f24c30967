package io.jingwu.api.attachments.control;

import io.jingwu.api.attachments.control.ImageRefused.Reason;

import java.io.ByteArrayOutputStream;
import java.util.Set;

/**
 * A WebP file read as its RIFF container (chunks of a four-letter code, a little-endian size and the payload,
 * padded to an even length), without decoding the image. Only the chunks that make up the picture are kept;
 * EXIF, XMP and ICC profile chunks, and any unknown ones, are dropped, and the extended header's flags that
 * announced them are cleared. The dimensions come from the first image header.
 */
final class WebpContainer {

    /** Chunks that draw the picture: the still image (lossy or lossless), its alpha, and animation frames. */
    private static final Set<String> PICTURE = Set.of("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF");

    private static final int ICC_FLAG = 0x20;
    private static final int EXIF_FLAG = 0x08;
    private static final int XMP_FLAG = 0x04;

    private final byte[] kept;
    private final int width;
    private final int height;

    private WebpContainer(byte[] kept, int width, int height) {
        this.kept = kept;
        this.width = width;
        this.height = height;
    }

    /** @throws ImageRefused ({@code UNREADABLE}) when the container is cut short or has no image header */
    static WebpContainer parse(byte[] file) {
        long declared = le32(file, 4) + 8L;
        if (file.length < 12 || declared > file.length || declared < 12) {
            throw new ImageRefused(Reason.UNREADABLE);
        }
        int end = (int) declared;
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        int width = 0;
        int height = 0;
        int offset = 12;
        while (offset + 8 <= end) {
            String code = ImageKind.ascii(file, offset, 4);
            long size = le32(file, offset + 4);
            long next = offset + 8 + size + (size & 1);
            if (offset + 8 + size > end) {
                throw new ImageRefused(Reason.UNREADABLE);
            }
            int payload = offset + 8;
            if (PICTURE.contains(code)) {
                byte[] chunk = java.util.Arrays.copyOfRange(file, offset, (int) Math.min(next, end));
                if (width == 0) {
                    int[] sides = sides(code, file, payload, (int) size);
                    width = sides[0];
                    height = sides[1];
                }
                if (code.equals("VP8X")) {
                    chunk[8] &= (byte) ~(ICC_FLAG | EXIF_FLAG | XMP_FLAG);
                }
                chunks.writeBytes(chunk);
                if ((size & 1) == 1 && next > end) {
                    chunks.write(0);
                }
            }
            offset = (int) Math.min(next, end);
        }
        if (width == 0) {
            throw new ImageRefused(Reason.UNREADABLE);
        }
        byte[] body = chunks.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 12);
        out.writeBytes(new byte[]{'R', 'I', 'F', 'F'});
        int riffSize = body.length + 4;
        out.writeBytes(new byte[]{(byte) riffSize, (byte) (riffSize >> 8), (byte) (riffSize >> 16), (byte) (riffSize >> 24)});
        out.writeBytes(new byte[]{'W', 'E', 'B', 'P'});
        out.writeBytes(body);
        return new WebpContainer(out.toByteArray(), width, height);
    }

    /** Width and height from an image header chunk; zeros for chunks that have none. */
    private static int[] sides(String code, byte[] file, int payload, int size) {
        switch (code) {
            case "VP8X" -> {
                if (size < 10) {
                    throw new ImageRefused(Reason.UNREADABLE);
                }
                return new int[]{1 + le24(file, payload + 4), 1 + le24(file, payload + 7)};
            }
            case "VP8 " -> {
                if (size < 10 || (file[payload + 3] & 0xFF) != 0x9D || (file[payload + 4] & 0xFF) != 0x01
                        || (file[payload + 5] & 0xFF) != 0x2A) {
                    throw new ImageRefused(Reason.UNREADABLE);
                }
                return new int[]{le16(file, payload + 6) & 0x3FFF, le16(file, payload + 8) & 0x3FFF};
            }
            case "VP8L" -> {
                if (size < 5 || (file[payload] & 0xFF) != 0x2F) {
                    throw new ImageRefused(Reason.UNREADABLE);
                }
                long bits = le32(file, payload + 1);
                return new int[]{(int) (bits & 0x3FFF) + 1, (int) ((bits >> 14) & 0x3FFF) + 1};
            }
            default -> {
                return new int[]{0, 0};
            }
        }
    }

    byte[] withoutMetadata() {
        return kept;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int le24(byte[] b, int at) {
        return le16(b, at) | (b[at + 2] & 0xFF) << 16;
    }

    private static long le32(byte[] b, int at) {
        if (at + 4 > b.length) {
            throw new ImageRefused(Reason.UNREADABLE);
        }
        return (le24(b, at) | (long) (b[at + 3] & 0xFF) << 24);
    }
}
