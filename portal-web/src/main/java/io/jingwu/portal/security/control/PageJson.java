package io.jingwu.portal.security.control;

import jakarta.json.JsonValue;

/**
 * JSON to be written into a page, where it ends up inside a {@code <script>} element (a widget's configuration):
 * the one way JSON goes into a page. JSON-P escapes quotes but not {@code </script>}, which would end the element
 * and let the rest of a text from the database run as script. So {@code <}, {@code >} and {@code &} are written as
 * {@code \}{@code u} escapes, and so are U+2028 and U+2029, which older JavaScript engines take for line ends inside
 * a string. These characters only ever appear inside JSON strings, where the escapes mean the same text.
 */
public final class PageJson {

    private PageJson() {
    }

    public static String of(JsonValue value) {
        String json = value.toString();
        StringBuilder safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<', '>', '&', '\u2028', '\u2029' -> safe.append(String.format("\\u%04x", (int) c));
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
