package io.jingwu.api.repeats.control;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An address as a place key: two ways citizens write the same address give the same key, e.g.
 * "浙江省湖州市织里镇大河路18号", "织里镇 大河路 18 号" and "织里镇大河路１８号". Folded (full-width to
 * half-width, lower case), without spaces, punctuation and symbols, without leading zeros in house numbers, and
 * without the names of the request's own division and its parents written in front (the division is part of the
 * key anyway). Chinese numerals stay as written: "十八号" and "18号" are different keys.
 */
public final class Addresses {

    private static final Pattern LEADING_ZEROS = Pattern.compile("(?<![0-9])0+(?=[0-9])");

    private Addresses() {
    }

    /**
     * @param divisionNames the names of the request's division and of its parents (e.g. 织里镇, 吴兴区, 湖州市,
     *                      浙江省), in any order; an address made of nothing else keeps them
     * @return the key, empty for an address with nothing but punctuation
     */
    public static String placeKey(String address, List<String> divisionNames) {
        StringBuilder kept = new StringBuilder();
        Folding.fold(address).codePoints().filter(Folding::isWordCharacter).forEach(kept::appendCodePoint);
        String key = LEADING_ZEROS.matcher(kept).replaceAll("");
        List<String> prefixes = divisionNames.stream().map(Folding::fold).filter(name -> !name.isEmpty()).toList();
        for (boolean stripped = true; stripped; ) {
            stripped = false;
            for (String prefix : prefixes) {
                if (key.startsWith(prefix) && key.length() > prefix.length()) {
                    key = key.substring(prefix.length());
                    stripped = true;
                }
            }
        }
        return key;
    }
}
