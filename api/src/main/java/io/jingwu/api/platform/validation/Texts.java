package io.jingwu.api.platform.validation;

/** Texts as people type them: surrounding spaces are not part of what they meant, and only spaces is nothing. */
public final class Texts {

    private Texts() {
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The text without surrounding spaces, or null when there is nothing else. */
    public static String stripped(String text) {
        return isBlank(text) ? null : text.strip();
    }

    /** The characters a person counts: code points, so 𠮷 is one where String.length says two. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
