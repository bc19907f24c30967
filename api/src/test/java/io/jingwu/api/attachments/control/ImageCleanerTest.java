package io.jingwu.api.attachments.control;

import io.jingwu.api.attachments.control.ImageRefused.Reason;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.zip.CRC32;

import static io.jingwu.api.attachments.control.TestImages.contains;
import static io.jingwu.api.attachments.control.TestImages.hasApp1;
import static io.jingwu.api.attachments.control.TestImages.image;
import static io.jingwu.api.attachments.control.TestImages.jpegWithGps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageCleanerTest {

    private static final ImageLimits LIMITS = new ImageLimits(40_000_000, 8000);

    private final List<Integer> decoded = new ArrayList<>();

    /** Decodes as the real cleaner does, and notes the size of every image it is handed. */
    private final ImageCleaner.Decoder counting = reader -> {
        decoded.add(reader.getWidth(0) * reader.getHeight(0));
        return reader.read(0);
    };

    private final ImageCleaner cleaner = new ImageCleaner(LIMITS, new DecodeSlots(1, Duration.ofSeconds(5)), counting);

    @Test
    void aPhotosGpsPositionDoesNotSurvive() throws IOException {
        byte[] upload = jpegWithGps(40, 30);
        assertTrue(hasApp1(upload) && contains(upload, TestImages.GPS_MARK), "the test photo carries EXIF GPS");
        assertEquals(40, ImageIO.read(new ByteArrayInputStream(upload)).getWidth(), "and is a readable JPEG");

        CleanImage clean = cleaner.clean(upload);

        assertEquals(ImageKind.JPEG, clean.kind());
        assertEquals("image/jpeg", clean.kind().mediaType());
        assertFalse(hasApp1(clean.content()));
        assertFalse(contains(clean.content(), "Exif"));
        assertFalse(contains(clean.content(), TestImages.GPS_MARK));
        BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(clean.content()));
        assertEquals(40, pixels.getWidth());
        assertEquals(30, pixels.getHeight());
        assertEquals(40, clean.width());
        assertEquals(30, clean.height());
    }

    @Test
    void aPngKeepsItsPixelsAndLosesItsTextChunks() throws IOException {
        byte[] upload = withTextChunk(image("png", 12, 9), "Comment", "Taken at 湖州市吴兴区 30.87N 120.09E");

        CleanImage clean = cleaner.clean(upload);

        assertEquals(ImageKind.PNG, clean.kind());
        assertFalse(contains(clean.content(), "tEXt"));
        assertFalse(contains(clean.content(), "120.09E"));
        BufferedImage before = ImageIO.read(new ByteArrayInputStream(upload));
        BufferedImage after = ImageIO.read(new ByteArrayInputStream(clean.content()));
        assertNotNull(after);
        assertEquals(before.getRGB(6, 4), after.getRGB(6, 4));
        assertEquals(before.getRGB(0, 0), after.getRGB(0, 0));
        assertEquals(12, clean.width());
        assertEquals(9, clean.height());
    }

    @Test
    void theContentDecidesNotTheNameOrDeclaredType() {
        byte[] gif = image("gif", 4, 4);
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);
        byte[] bmp = image("bmp", 4, 4);

        for (byte[] disguised : new byte[][]{gif, pdf, html, bmp, new byte[0], {(byte) 0xFF, (byte) 0xD8}}) {
            ImageRefused refused = assertThrows(ImageRefused.class, () -> cleaner.clean(disguised));
            assertEquals(Reason.NOT_AN_IMAGE, refused.reason());
        }
    }

    @Test
    void somethingThatOnlyStartsLikeAnImageIsUnreadable() {
        byte[] jpeg = image("jpeg", 16, 16);
        byte[] cut = java.util.Arrays.copyOf(jpeg, 20);
        byte[] fakePng = "\u0089PNG\r\n\u001a\n and then anything".getBytes(StandardCharsets.ISO_8859_1);

        assertEquals(Reason.UNREADABLE, assertThrows(ImageRefused.class, () -> cleaner.clean(cut)).reason());
        assertEquals(Reason.UNREADABLE, assertThrows(ImageRefused.class, () -> cleaner.clean(fakePng)).reason());
    }

    @Test
    void tooManyPixelsAreRefusedFromTheHeader() {
        ImageCleaner small = new ImageCleaner(new ImageLimits(200, 16), new DecodeSlots(1, Duration.ofSeconds(5)));

        assertEquals(12, small.clean(image("png", 12, 16)).width());
        ImageRefused wide = assertThrows(ImageRefused.class, () -> small.clean(image("png", 17, 4)));
        ImageRefused high = assertThrows(ImageRefused.class, () -> small.clean(image("jpeg", 4, 17)));
        ImageRefused many = assertThrows(ImageRefused.class, () -> small.clean(image("png", 15, 14)));
        assertEquals(Reason.TOO_MANY_PIXELS, wide.reason());
        assertEquals(Reason.TOO_MANY_PIXELS, high.reason());
        assertEquals(Reason.TOO_MANY_PIXELS, many.reason(), "210 pixels, each side within its limit");
        assertEquals(200, many.limit(0));
        assertEquals(16, many.limit(1));
    }

    @Test
    void aRefusedImageNeverReachesTheDecoder() {
        // Valid headers with almost no data behind them: 64, 42 and 3600 million pixels.
        for (byte[] bomb : new byte[][]{png(8000, 8000), png(6000, 7000), png(60_000, 60_000),
                webpAnnouncing(16_000, 3000)}) {
            assertEquals(Reason.TOO_MANY_PIXELS, assertThrows(ImageRefused.class, () -> cleaner.clean(bomb)).reason());
        }
        assertEquals(List.of(), decoded);

        cleaner.clean(image("png", 40, 30));
        cleaner.clean(image("jpeg", 40, 30));
        assertEquals(List.of(1200, 1200), decoded, "what is accepted is decoded, once");
    }

    @Test
    void whenEveryDecodingSlotIsTakenAnUploadIsRefusedRatherThanQueued() throws Exception {
        DecodeSlots oneSlot = new DecodeSlots(1, Duration.ofMillis(50));
        ImageCleaner waiting = new ImageCleaner(LIMITS, oneSlot, counting);
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread decoding = new Thread(() -> {
            try {
                oneSlot.hold(() -> {
                    taken.countDown();
                    awaitQuietly(done);
                    return null;
                });
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        decoding.start();
        taken.await();

        assertThrows(DecodersBusy.class, () -> waiting.clean(image("png", 8, 8)));
        assertEquals(List.of(), decoded);

        done.countDown();
        decoding.join();
        assertEquals(8, waiting.clean(image("png", 8, 8)).width(), "the slot is given back");
    }

    @Test
    void aWebpPhotoIsDecodedAndKeptAsAJpegWithoutItsGpsPosition() throws IOException {
        byte[] upload = TestImages.resource("photo-with-gps.webp");
        assertTrue(contains(upload, TestImages.GPS_MARK) && contains(upload, "VP8 "), "a lossy WebP with EXIF GPS");

        CleanImage clean = cleaner.clean(upload);

        assertEquals(ImageKind.JPEG, clean.kind(), "no WebP bitstream is kept");
        assertEquals(List.of(64 * 48), decoded);
        assertFalse(contains(clean.content(), TestImages.GPS_MARK));
        assertFalse(contains(clean.content(), "VP8"));
        BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(clean.content()));
        assertEquals(64, pixels.getWidth());
        assertEquals(48, pixels.getHeight());
        assertEquals(64, clean.width());
        assertEquals(48, clean.height());
        assertNear(new Color(255, 255, 255), new Color(pixels.getRGB(32, 24)));
        assertNear(new Color(200, 40, 40), new Color(pixels.getRGB(2, 2)));
    }

    @Test
    void aWebpWithTransparencyIsKeptAsAPngWithItsTransparency() throws IOException {
        CleanImage clean = cleaner.clean(TestImages.resource("sticker-lossless.webp"));

        assertEquals(ImageKind.PNG, clean.kind());
        BufferedImage pixels = ImageIO.read(new ByteArrayInputStream(clean.content()));
        assertEquals(32, pixels.getWidth());
        assertEquals(new Color(30, 120, 200, 255), new Color(pixels.getRGB(4, 12), true));
        assertEquals(0, new Color(pixels.getRGB(28, 12), true).getAlpha());
    }

    @Test
    void aWebpWhoseBitstreamCannotBeDecodedIsRefused() throws IOException {
        byte[] photo = TestImages.resource("photo-with-gps.webp");
        byte[] garbled = photo.clone();
        int vp8 = new String(photo, StandardCharsets.ISO_8859_1).indexOf("VP8 ");
        for (int i = vp8 + 8 + 10; i < vp8 + 8 + 60; i++) {
            garbled[i] = (byte) (i * 31 + 7);        // the frame header stays: 64 x 48
        }
        byte[] cut = java.util.Arrays.copyOf(photo, vp8 + 40);

        assertEquals(Reason.UNREADABLE, assertThrows(ImageRefused.class, () -> cleaner.clean(garbled)).reason());
        assertEquals(Reason.UNREADABLE, assertThrows(ImageRefused.class, () -> cleaner.clean(cut)).reason());
    }

    @Test
    void bodiesOverTheLimitAreRefusedWhileReading() {
        byte[] limit = new byte[1000];

        assertEquals(1000, BoundedUpload.read(new ByteArrayInputStream(limit), 1000).length);
        ImageRefused refused = assertThrows(ImageRefused.class,
                () -> BoundedUpload.read(new ByteArrayInputStream(new byte[1001]), 1000));
        assertEquals(Reason.TOO_LARGE, refused.reason());
        assertEquals(1000, refused.limit());
    }

    /** Inserts a tEXt chunk after IHDR, as cameras and editors do. */
    private static byte[] withTextChunk(byte[] png, String keyword, String text) {
        byte[] data = (keyword + "\0" + text).getBytes(StandardCharsets.UTF_8);
        int afterIhdr = 8 + 8 + 13 + 4;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, afterIhdr);
        out.writeBytes(chunk("tEXt", data));
        out.write(png, afterIhdr, png.length - afterIhdr);
        return out.toByteArray();
    }

    private static byte[] png(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        out.writeBytes(chunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array()));
        out.writeBytes(chunk("IDAT", new byte[]{0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01}));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    /** A WebP whose extended header announces a canvas of the given size, with a small lossy image behind it. */
    private static byte[] webpAnnouncing(int width, int height) {
        byte[] photo = TestImages.resource("photo-with-gps.webp");
        int vp8 = new String(photo, StandardCharsets.ISO_8859_1).indexOf("VP8 ");
        int vp8Size = ByteBuffer.wrap(photo, vp8 + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        ByteBuffer vp8x = ByteBuffer.allocate(18).order(ByteOrder.LITTLE_ENDIAN);
        vp8x.put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10).putInt(0);
        vp8x.put((byte) (width - 1)).put((byte) ((width - 1) >> 8)).put((byte) ((width - 1) >> 16));
        vp8x.put((byte) (height - 1)).put((byte) ((height - 1) >> 8)).put((byte) ((height - 1) >> 16));
        int body = 4 + vp8x.capacity() + 8 + vp8Size + (vp8Size & 1);
        ByteBuffer webp = ByteBuffer.allocate(8 + body).order(ByteOrder.LITTLE_ENDIAN);
        webp.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(body).put("WEBP".getBytes(StandardCharsets.US_ASCII));
        webp.put(vp8x.array()).put(photo, vp8, 8 + vp8Size + (vp8Size & 1));
        return webp.array();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void assertNear(Color expected, Color actual) {
        assertTrue(Math.abs(expected.getRed() - actual.getRed()) < 24 && Math.abs(expected.getGreen() - actual.getGreen()) < 24
                && Math.abs(expected.getBlue() - actual.getBlue()) < 24, "expected about " + expected + ", was " + actual);
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }
}
