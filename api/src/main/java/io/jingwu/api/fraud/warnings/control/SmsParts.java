package io.jingwu.api.fraud.warnings.control;

/**
 * How many parts a text message is sent in, as networks split it (3GPP TS 23.038 and 23.040): a text of the GSM 7-bit
 * alphabet alone holds 160 characters, and 153 a part once it needs more than one (the extension characters such as
 * {@code €} or {@code [} count twice); any other character, a Chinese or Cyrillic one, sends the whole text as UCS-2,
 * 70 characters, and 67 a part (a character outside the Basic Multilingual Plane counts twice).
 */
public final class SmsParts {

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "\f^{}\\[~]|€";

    private SmsParts() {
    }

    /** The parts the text is sent in; an empty text is one. */
    public static int of(String text) {
        Size size = size(text);
        return size.units() <= size.single() ? 1 : (size.units() + size.perPart() - 1) / size.perPart();
    }

    /**
     * How many units (characters, as the text's alphabet counts them) the text is longer than {@code maxParts} parts
     * hold; zero or less when it fits.
     */
    public static int overBy(String text, int maxParts) {
        Size size = size(text);
        int capacity = maxParts == 1 ? size.single() : maxParts * size.perPart();
        return size.units() - capacity;
    }

    private static Size size(String text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0) {
                septets++;
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                return new Size(text.length(), 70, 67);
            }
        }
        return new Size(septets, 160, 153);
    }

    /** A text's length in its alphabet's units, and what one part holds alone and among several. */
    private record Size(int units, int single, int perPart) {
    }
}
