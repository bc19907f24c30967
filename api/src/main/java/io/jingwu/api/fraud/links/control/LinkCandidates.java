package io.jingwu.api.fraud.links.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stretches of a message that may be links. Chinese messages put no space around a link
 * ({@code 请登录icbc-vip.cc领取}), so a link without a scheme is ASCII, full-width or defanged up to its last
 * letter; after a scheme the host may be international, and ends at its top-level domain. Whether a stretch is a
 * link is for {@link LinkInspector#inspect} to say.
 */
final class LinkCandidates {

    private static final String ALNUM = "A-Za-z0-9\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A";
    private static final String LETTER = "A-Za-z\\uFF21-\\uFF3A\\uFF41-\\uFF5A";
    private static final String DOT = "(?:[.\\u3002\\uFF0E\\uFF61]|\\[\\.]|\\(\\.\\)|\\[dot]|\\(dot\\))";
    private static final String ASCII_LABEL = "[" + ALNUM + "](?:[" + ALNUM + "_-]*[" + ALNUM + "])?";
    private static final String ASCII_TLD = "[" + LETTER + "][" + ALNUM + "-]*(?![" + ALNUM + "@_-])";
    private static final String ANY_LABEL = "[\\p{L}\\p{N}\\p{M}_-]+";
    private static final String ANY_TLD = "(?:" + ASCII_TLD + "|[\\p{L}&&[^\\p{ASCII}]]+)";
    private static final String SCHEME = "h(?:tt|xx|\\*\\*)ps?(?:[:\\uFF1A]|\\[:])(?://|\\uFF0F\\uFF0F)";
    private static final String PORT = "(?:[:\\uFF1A][0-9]{1,5})?";
    private static final String PATH = "(?:[/\\uFF0F?#\\\\][^\\s<>\"'`“”‘’「」『』【】《》（），。！？；、\\p{IsHan}]*)?";

    private static final Pattern CANDIDATE = Pattern.compile("(?i)"
            // with a scheme: user information, a name, an IPv6 or IPv4 address in any form
            + SCHEME + "(?:[^\\s/@]+@)?(?:(?:" + ANY_LABEL + DOT + ")+" + ANY_TLD
            + "|\\[[0-9a-f:.]+]|[0-9a-fx.]+)" + PORT + PATH
            // without: an ASCII name, not in the middle of a word or an e-mail address
            + "|(?<![" + ALNUM + "@._/\\\\-])(?:" + ASCII_LABEL + DOT + ")+" + ASCII_TLD + PORT + PATH
            // or a dotted IPv4 address with a port or a path
            + "|(?<![" + ALNUM + "@._/\\\\-])[0-9]{1,3}(?:\\.[0-9]{1,3}){3}(?=[:/])" + PORT + PATH);

    private LinkCandidates() {
    }

    static List<String> in(String message) {
        List<String> candidates = new ArrayList<>();
        if (message == null) {
            return candidates;
        }
        Matcher matcher = CANDIDATE.matcher(message);
        while (matcher.find()) {
            candidates.add(matcher.group());
        }
        return candidates;
    }
}
