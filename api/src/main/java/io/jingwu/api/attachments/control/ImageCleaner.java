package io.jingwu.api.attachments.control;

import io.jingwu.api.attachments.control.ImageRefused.Reason;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

/**
 * Turns an upload into an image that is safe to keep: of an accepted kind by its content, not larger than
 * {@code maxSide} pixels either way (read from the header, before any pixel is decoded), and without
 * metadata. A photo's EXIF block carries where it was taken (GPS), when, and the phone; XMP and comments carry
 * more. JPEG and PNG are decoded and encoded again, which keeps the pixels and nothing else; WebP, which the JDK
 * cannot decode, keeps only its image chunks ({@link WebpContainer}).
 */
public class ImageCleaner {

    /** Visually the same as a phone's own photo, noticeably smaller than quality 1.0. */
    static final float JPEG_QUALITY = 0.9f;

    private final int maxSide;

    public ImageCleaner(int maxSide) {
        this.maxSide = maxSide;
    }

    /** @throws ImageRefused when the upload is not an accepted image, too large in pixels, or unreadable */
    public CleanImage clean(byte[] upload) {
        ImageKind kind = ImageKind.sniff(upload).orElseThrow(() -> new ImageRefused(Reason.NOT_AN_IMAGE));
        if (kind == ImageKind.WEBP) {
            WebpContainer webp = WebpContainer.parse(upload);
            checkSides(webp.width(), webp.height());
            return new CleanImage(kind, webp.withoutMetadata(), webp.width(), webp.height());
        }
        return encodedAgain(kind, upload);
    }

    private CleanImage encodedAgain(ImageKind kind, byte[] upload) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind.formatName());
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + kind);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            checkSides(width, height);
            BufferedImage pixels = reader.read(0);
            return new CleanImage(kind, kind == ImageKind.JPEG ? jpeg(pixels) : png(pixels), width, height);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImageRefused refused) {
                throw refused;
            }
            throw new ImageRefused(Reason.UNREADABLE);
        } finally {
            reader.dispose();
        }
    }

    private void checkSides(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new ImageRefused(Reason.UNREADABLE);
        }
        if (width > maxSide || height > maxSide) {
            throw new ImageRefused(Reason.TOO_MANY_PIXELS, maxSide);
        }
    }

    private static byte[] jpeg(BufferedImage pixels) throws IOException {
        BufferedImage opaque = pixels;
        if (pixels.getColorModel().hasAlpha()) {
            opaque = new BufferedImage(pixels.getWidth(), pixels.getHeight(), BufferedImage.TYPE_INT_RGB);
            opaque.createGraphics().drawImage(pixels, 0, 0, null);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(opaque, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] png(BufferedImage pixels) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(pixels, null, null), writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
