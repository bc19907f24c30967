package io.jingwu.api.fraud.links.control;

import io.jingwu.api.fraud.links.control.NotALinkException.Reason;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a link as pasted: surrounding quotes, brackets and punctuation (Chinese ones too) taken off,
 * defanged forms undone ({@code hxxp://}, {@code [.]}), full-width letters, dots, colons and slashes read as
 * ASCII before the path. Nothing is decided here about the host itself.
 */
final class LinkText {

    private static final String OPENERS = "\"'`“”‘’「『【〔〈《（([{<﹁﹃";
    private static final String CLOSERS = "\"'`“”‘’」』】〕〉》）)]}>﹂﹄";
    private static final String PUNCTUATION = ".,;:!?。，；：！？、…·";
    private static final String BRACKET_PAIRS = "()[]{}（）";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static final Pattern DEFANGED_SCHEME =
            Pattern.compile("^h(?:xx|\\*\\*|tt)p(s?)(?:\\[:]|:)//", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEFANGED_DOT = Pattern.compile("\\[\\.]|\\(\\.\\)|\\{\\.}|\\[dot]|\\(dot\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*)://");
    /** A scheme, plain or defanged ({@code h**p}, {@code hxxps[:]}), and its colon: the slashes after it are no path. */
    private static final Pattern SCHEME_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9+.*\\-]*(?:\\[:]|:)/?");
    /** {@code mailto:}, {@code javascript:}; not {@code example.com:8080}, whose "scheme" has a dot. */
    private static final Pattern OTHER_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+\\-]*:(?![0-9])");

    /**
     * @param scheme   lower case, null when the text had none
     * @param userInfo what stood before the last {@code @} of the authority, null when nothing did
     * @param port     as written, null when none
     * @param path     starting with {@code /}
     * @param query    without the {@code ?}, null when none
     */
    record Parts(String scheme, String userInfo, String host, String port, String path, String query) {
    }

    private LinkText() {
    }

    static Parts split(String raw) {
        String text = undefang(trimmed(raw));
        if (text.isEmpty()) {
            throw new NotALinkException(Reason.EMPTY, "nothing but blanks and punctuation");
        }
        String scheme = null;
        Matcher explicit = SCHEME.matcher(text);
        if (explicit.find()) {
            scheme = explicit.group(1).toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new NotALinkException(Reason.UNSUPPORTED_SCHEME, scheme);
            }
            text = text.substring(explicit.end());
        } else if (OTHER_SCHEME.matcher(text).find()) {
            throw new NotALinkException(Reason.UNSUPPORTED_SCHEME, text.substring(0, text.indexOf(':')));
        }

        int authorityEnd = indexOfAny(text, "/?#\\");
        String authority = text.substring(0, authorityEnd);
        String rest = text.substring(authorityEnd).replace('\\', '/');
        if (authority.isEmpty()) {
            throw new NotALinkException(Reason.INVALID_HOST, "no host");
        }
        if (authority.codePoints().anyMatch(Character::isWhitespace)) {
            throw new NotALinkException(Reason.INVALID_HOST, "blank inside the host");
        }

        String userInfo = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            if (scheme == null) {
                throw new NotALinkException(Reason.EMAIL_ADDRESS, "no scheme and an @");
            }
            userInfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
        }

        String host = authority;
        String port = null;
        int portColon = authority.startsWith("[") ? authority.indexOf(':', Math.max(0, authority.indexOf(']')))
                : authority.lastIndexOf(':');
        if (portColon >= 0) {
            host = authority.substring(0, portColon);
            port = authority.substring(portColon + 1);
        }

        int fragment = rest.indexOf('#');
        if (fragment >= 0) {
            rest = rest.substring(0, fragment);
        }
        int question = rest.indexOf('?');
        String path = question >= 0 ? rest.substring(0, question) : rest;
        String query = question >= 0 ? rest.substring(question + 1) : null;
        return new Parts(scheme, userInfo, host, port, path.isEmpty() ? "/" : percentEncoded(path),
                query == null ? null : percentEncoded(query));
    }

    /** As a browser sends them: non-ASCII characters, blanks, quotes and angle brackets percent-encoded in UTF-8. */
    private static String percentEncoded(String text) {
        StringBuilder encoded = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x7f && "\"<>`".indexOf(c) < 0) {
                if (encoded != null) {
                    encoded.append(c);
                }
                continue;
            }
            if (encoded == null) {
                encoded = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint) - 1;
            for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
                encoded.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
            }
        }
        return encoded == null ? text : encoded.toString();
    }

    /** Blanks, quotes, brackets and sentence punctuation around the link; a closing bracket the link opened stays. */
    private static String trimmed(String raw) {
        String text = raw == null ? "" : raw;
        int start = 0;
        int end = text.length();
        while (start < end && (isBlank(text.charAt(start)) || OPENERS.indexOf(text.charAt(start)) >= 0
                || PUNCTUATION.indexOf(text.charAt(start)) >= 0)) {
            start++;
        }
        while (end > start) {
            char last = text.charAt(end - 1);
            boolean closes = CLOSERS.indexOf(last) >= 0 && !(isBracket(last) && opens(text, start, end - 1, last));
            if (isBlank(last) || PUNCTUATION.indexOf(last) >= 0 || closes) {
                end--;
            } else {
                break;
            }
        }
        return asciiForms(text.substring(start, end));
    }

    /** Full-width forms of letters, digits, dots and delimiters read as ASCII, up to the path, which keeps its own. */
    private static String asciiForms(String text) {
        StringBuilder mapped = new StringBuilder(text.length());
        boolean inPath = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!inPath) {
                if (c >= '\uFF01' && c <= '\uFF5E') {
                    c = (char) (c - 0xFEE0);
                } else if (c == '。' || c == '｡') {
                    c = '.';
                }
                inPath = c == '?' || c == '#' || c == '\\' || c == '/' && !SCHEME_NAME.matcher(mapped).matches();
            }
            mapped.append(c);
        }
        return mapped.toString();
    }

    private static String undefang(String text) {
        Matcher scheme = DEFANGED_SCHEME.matcher(text);
        String undone = scheme.find() ? "http" + scheme.group(1) + "://" + text.substring(scheme.end()) : text;
        return DEFANGED_DOT.matcher(undone).replaceAll(".");
    }

    /** Whether the bracket closing at {@code index} has its opener inside the link. */
    private static boolean opens(String text, int start, int index, char closer) {
        char opener = BRACKET_PAIRS.charAt(BRACKET_PAIRS.indexOf(closer) - 1);
        int depth = 0;
        for (int i = start; i < index; i++) {
            char c = text.charAt(i);
            if (c == opener) {
                depth++;
            } else if (c == closer) {
                depth--;
            }
        }
        return depth > 0;
    }

    private static boolean isBracket(char c) {
        int index = BRACKET_PAIRS.indexOf(c);
        return index >= 0 && index % 2 == 1;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }
}
