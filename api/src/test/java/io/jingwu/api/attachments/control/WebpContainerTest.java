package io.jingwu.api.attachments.control;

import io.jingwu.api.attachments.control.ImageRefused.Reason;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.jingwu.api.attachments.control.TestImages.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WebpContainerTest {

    private final ImageCleaner cleaner = new ImageCleaner(8000);

    @Test
    void exifXmpAndIccChunksAreDroppedAndTheirFlagsCleared() {
        byte[] upload = webp(
                chunk("VP8X", vp8x(0x20 | 0x08 | 0x04 | 0x10, 640, 480)),
                chunk("ICCP", "an ICC profile, made on camera X".getBytes(StandardCharsets.US_ASCII)),
                chunk("ALPH", new byte[]{0, 1, 2}),
                chunk("VP8L", vp8l(640, 480)),
                chunk("EXIF", TestImages.exifWithGps()),
                chunk("XMP ", "<x:xmpmeta>GPS 30.87N</x:xmpmeta>".getBytes(StandardCharsets.US_ASCII)));

        CleanImage clean = cleaner.clean(upload);

        assertEquals(ImageKind.WEBP, clean.kind());
        assertEquals(640, clean.width());
        assertEquals(480, clean.height());
        assertEquals(List.of("VP8X", "ALPH", "VP8L"), chunkCodes(clean.content()));
        assertFalse(contains(clean.content(), TestImages.GPS_MARK));
        assertFalse(contains(clean.content(), "xmpmeta"));
        assertFalse(contains(clean.content(), "camera X"));
        assertEquals(0x10, clean.content()[20], "only the alpha flag is left");
        assertEquals(clean.content().length - 8, ByteBuffer.wrap(clean.content(), 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
    }

    @Test
    void aLossyWebpGivesItsSizeFromTheFrameHeader() {
        byte[] frame = {0x10, 0x02, 0x00, (byte) 0x9D, 0x01, 0x2A, (byte) 0x20, 0x03, 0x58, 0x02, 0, 0, 0};

        CleanImage clean = cleaner.clean(webp(chunk("VP8 ", frame), chunk("EXIF", TestImages.exifWithGps())));

        assertEquals(800, clean.width());
        assertEquals(600, clean.height());
        assertEquals(List.of("VP8 "), chunkCodes(clean.content()));
    }

    @Test
    void tooManyPixelsAndBrokenContainersAreRefused() {
        byte[] huge = webp(chunk("VP8X", vp8x(0, 16_000, 100)), chunk("VP8L", vp8l(100, 100)));
        byte[] noImage = webp(chunk("EXIF", TestImages.exifWithGps()));
        byte[] whole = webp(chunk("VP8L", vp8l(10, 10)));
        byte[] cut = Arrays.copyOf(whole, whole.length - 3);

        assertEquals(Reason.TOO_MANY_PIXELS, assertThrows(ImageRefused.class, () -> cleaner.clean(huge)).reason());
        assertEquals(Reason.UNREADABLE, assertThrows(ImageRefused.class, () -> cleaner.clean(noImage)).reason());
        assertEquals(Reason.UNREADABLE, assertThrows(ImageRefused.class, () -> cleaner.clean(cut)).reason());
        assertEquals(10, cleaner.clean(whole).width());
    }

    private static byte[] vp8x(int flags, int width, int height) {
        int w = width - 1;
        int h = height - 1;
        return new byte[]{(byte) flags, 0, 0, 0, (byte) w, (byte) (w >> 8), (byte) (w >> 16),
                (byte) h, (byte) (h >> 8), (byte) (h >> 16)};
    }

    private static byte[] vp8l(int width, int height) {
        int bits = (width - 1) | (height - 1) << 14;
        return ByteBuffer.allocate(9).order(ByteOrder.LITTLE_ENDIAN).put((byte) 0x2F).putInt(bits).putInt(0).array();
    }

    private static byte[] chunk(String code, byte[] payload) {
        ByteBuffer chunk = ByteBuffer.allocate(8 + payload.length + (payload.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        return chunk.put(code.getBytes(StandardCharsets.US_ASCII)).putInt(payload.length).put(payload).array();
    }

    private static byte[] webp(byte[]... chunks) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] chunk : chunks) {
            body.writeBytes(chunk);
        }
        ByteBuffer out = ByteBuffer.allocate(12 + body.size()).order(ByteOrder.LITTLE_ENDIAN);
        return out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + body.size())
                .put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(body.toByteArray()).array();
    }

    private static List<String> chunkCodes(byte[] webp) {
        List<String> codes = new ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN);
        int at = 12;
        while (at + 8 <= webp.length) {
            codes.add(new String(webp, at, 4, StandardCharsets.US_ASCII));
            int size = in.getInt(at + 4);
            at += 8 + size + (size & 1);
        }
        return codes;
    }
}
