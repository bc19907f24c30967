package io.jingwu.api.attachments.control;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
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
 * Turns an upload into an image that is safe to keep and to show a clerk: of an accepted kind by its content,
 * within the {@link ImageLimits} (read from the header, before a single pixel is decoded), then decoded, while
 * holding one of the {@link DecodeSlots}, and encoded again. Encoding again keeps the pixels and nothing else: a
 * photo's EXIF block carries where it was taken (GPS), when, and the phone; XMP and comments carry more. WebP is
 * decoded too (TwelveMonkeys' decoder, in Java) and kept as a JPEG, or as a PNG when it has transparency, so no
 * bitstream a citizen sent reaches a clerk's browser, whose own decoder would be the one to meet it.
 */
public class ImageCleaner {

    /** Visually the same as a phone's own photo, noticeably smaller than quality 1.0. */
    static final float JPEG_QUALITY = 0.9f;

    /** Decodes the pixels of the image a reader is set to; a seam for tests that count what gets decoded. */
    interface Decoder {
        BufferedImage decode(ImageReader reader) throws IOException;
    }

    private final ImageLimits limits;
    private final DecodeSlots slots;
    private final Decoder decoder;

    public ImageCleaner(ImageLimits limits, DecodeSlots slots) {
        this(limits, slots, reader -> reader.read(0));
    }

    ImageCleaner(ImageLimits limits, DecodeSlots slots, Decoder decoder) {
        this.limits = limits;
        this.slots = slots;
        this.decoder = decoder;
    }

    /**
     * @throws ImageRefused when the upload is not an accepted image, has too many pixels, or is unreadable
     * @throws DecodersBusy when no decoding slot came free in time
     */
    public CleanImage clean(byte[] upload) {
        ImageKind kind = ImageKind.sniff(upload).orElseThrow(() -> new ImageRefused(Reason.NOT_AN_IMAGE));
        ImageReader reader = readerFor(kind);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            limits.check(width, height);
            return slots.hold(() -> encodedAgain(kind, decoder.decode(reader)));
        } catch (ImageRefused | DecodersBusy refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            throw new ImageRefused(Reason.UNREADABLE);
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader readerFor(ImageKind kind) {
        if (kind == ImageKind.WEBP) {
            // Not looked up in ImageIO's registry, which a web application's own plugins may or may not be in.
            return new WebPImageReaderSpi().createReaderInstance(null);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind.formatName());
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + kind);
        }
        return readers.next();
    }

    private static CleanImage encodedAgain(ImageKind kind, BufferedImage pixels) throws IOException {
        ImageKind stored = switch (kind) {
            case JPEG, PNG -> kind;
            case WEBP -> pixels.getColorModel().hasAlpha() ? ImageKind.PNG : ImageKind.JPEG;
        };
        byte[] content = stored == ImageKind.JPEG ? jpeg(pixels) : png(pixels);
        return new CleanImage(stored, content, pixels.getWidth(), pixels.getHeight());
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
