package io.jingwu.api.attachments.control;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats accepted as evidence, recognised by their first bytes only: a file name or a declared
 * Content-Type is whatever the sender chose, so neither is ever trusted.
 */
public enum ImageKind {

    JPEG("image/jpeg", "jpeg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final String mediaType;
    private final String formatName;

    ImageKind(String mediaType, String formatName) {
        this.mediaType = mediaType;
        this.formatName = formatName;
    }

    public String mediaType() {
        return mediaType;
    }

    String formatName() {
        return formatName;
    }

    /** The format the content is in, when it is one of the accepted ones. */
    public static Optional<ImageKind> sniff(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (content.length >= 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8
                && (content[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (content.length >= PNG_SIGNATURE.length
                && Arrays.equals(content, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
            return Optional.of(PNG);
        }
        if (content.length >= 12 && ascii(content, 0, 4).equals("RIFF") && ascii(content, 8, 4).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    static String ascii(byte[] content, int offset, int length) {
        return new String(content, offset, length, StandardCharsets.ISO_8859_1);
    }
}
