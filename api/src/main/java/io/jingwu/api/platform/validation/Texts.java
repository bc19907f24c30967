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
}
