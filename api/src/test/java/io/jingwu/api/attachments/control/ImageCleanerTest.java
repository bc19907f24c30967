package io.jingwu.api.attachments.control;

import io.jingwu.api.attachments.control.ImageRefused.Reason;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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

    private final ImageCleaner cleaner = new ImageCleaner(8000);

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
        ImageCleaner small = new ImageCleaner(16);

        assertEquals(16, small.clean(image("png", 16, 16)).width());
        ImageRefused wide = assertThrows(ImageRefused.class, () -> small.clean(image("png", 17, 4)));
        ImageRefused high = assertThrows(ImageRefused.class, () -> small.clean(image("jpeg", 4, 17)));
        assertEquals(Reason.TOO_MANY_PIXELS, wide.reason());
        assertEquals(Reason.TOO_MANY_PIXELS, high.reason());
        assertEquals(16, wide.limit());
    }

    @Test
    void aHeaderAnnouncingAGigapixelImageIsRefusedWithoutDecodingIt() {
        // A valid PNG header claiming 60000 x 60000 pixels, with almost no data behind it.
        byte[] bomb = png(60_000, 60_000);

        assertEquals(Reason.TOO_MANY_PIXELS, assertThrows(ImageRefused.class, () -> cleaner.clean(bomb)).reason());
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

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }
}
