package io.jingwu.api.attachments.control;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Small real images made on the spot, and the metadata a phone would put into them, built byte by byte. */
final class TestImages {

    /** In the EXIF GPS block as GPSMapDatum: found in the output only if the GPS block survived. */
    static final String GPS_MARK = "WGS-84-HUZHOU-GPS";

    private TestImages() {
    }

    static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 40, 40));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillRect(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A JPEG as a phone writes it: an EXIF APP1 segment right after the start, with a GPS position. */
    static byte[] jpegWithGps(int width, int height) {
        byte[] jpeg = image("jpeg", width, height);
        byte[] exif = exifWithGps();
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + exif.length);
        out.put(jpeg, 0, 2);                                   // SOI
        out.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2));
        out.put(exif);
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /** "Exif\0\0", then a big-endian TIFF: IFD0 pointing at a GPS IFD with latitude N 30°52'12.34" and a datum. */
    static byte[] exifWithGps() {
        byte[] datum = (GPS_MARK + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(200).order(ByteOrder.BIG_ENDIAN);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        // IFD0 at 8: one entry, the GPS IFD pointer
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26);
        tiff.putInt(0);
        // GPS IFD at 26: three entries
        int gpsIfdEnd = 26 + 2 + 3 * 12 + 4;                 // 68
        tiff.putShort((short) 3);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(gpsIfdEnd);
        tiff.putShort((short) 0x0012).putShort((short) 2).putInt(datum.length).putInt(gpsIfdEnd + 24);
        tiff.putInt(0);
        tiff.putInt(30).putInt(1).putInt(52).putInt(1).putInt(1234).putInt(100);
        tiff.put(datum);
        byte[] tiffBytes = new byte[tiff.position()];
        tiff.flip().get(tiffBytes);
        ByteBuffer exif = ByteBuffer.allocate(6 + tiffBytes.length);
        exif.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiffBytes);
        return exif.array();
    }

    /** A file of this package's test resources (see SOURCE.md there). */
    static byte[] resource(String name) {
        try (var in = TestImages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    /** Whether a JPEG has an APP1 segment (EXIF or XMP) before its image data starts. */
    static boolean hasApp1(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xE1) {
                return true;
            }
            if (marker == 0xDA) {
                return false;
            }
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF));
        }
        return false;
    }
}
