package io.jingwu.api.fraud.links.control;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;

import java.util.HashMap;
import java.util.Map;

/**
 * What a name looks like, reduced so that lookalikes compare equal: {@code ісbс} (Cyrillic), {@code 1cbc},
 * {@code lcbc} and {@code icbc} all read {@code lcbc}; {@code rn} and {@code m} read alike, as do {@code 0} and
 * {@code o}. As Chromium computes skeletons for its lookalike check
 * ({@code components/url_formatter/spoof_checks/skeleton_generator.cc}, BSD-3-Clause): accents dropped from
 * Latin, Greek and Cyrillic names, Chromium's extra confusables, then the UTS #39 skeleton; then folded further
 * for the swaps that fool a reader of a lower-case address.
 */
final class Lookalikes {

    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    /**
     * Chromium's supplement to Unicode's confusables: letters that pass for Latin ones in the fonts browsers use
     * (Cyrillic {@code н} for h, {@code к} for k, Indic zeros for o, ...).
     */
    private static final Map<Integer, String> EXTRA_CONFUSABLES = extraConfusables();

    private final SpoofChecker checker;

    Lookalikes(SpoofChecker checker) {
        this.checker = checker;
    }

    /** The folded skeleton of a label or part of one (no dots), in Unicode, lower case. */
    String skeleton(String name) {
        String plain = IdnSpoofChecker.LGC_AND_ASCII.containsAll(name) ? withoutAccents(name) : name;
        StringBuilder mapped = new StringBuilder(plain.length());
        plain.codePoints().forEach(c -> {
            String extra = EXTRA_CONFUSABLES.get(c);
            if (extra != null) {
                mapped.append(extra);
            } else {
                mapped.appendCodePoint(c);
            }
        });
        String skeleton = checker.getSkeleton(mapped);
        StringBuilder folded = new StringBuilder(skeleton.length());
        for (int i = 0; i < skeleton.length(); i++) {
            char c = Character.toLowerCase(skeleton.charAt(i));
            folded.append(switch (c) {
                case '0' -> 'o';
                case '1', 'i', '|' -> 'l';
                default -> c;
            });
        }
        return folded.toString();
    }

    /**
     * Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours, each one
     * edit ({@code alipay} -> {@code aliapy} is one); once more than {@code limit} for sure, any number above it.
     */
    static int editDistance(String a, String b, int limit) {
        int[] beforeLast = new int[b.length() + 1];
        int[] last = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            last[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int best = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(last[j] + 1, current[j - 1] + 1), last[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    current[j] = Math.min(current[j], beforeLast[j - 2] + 1);
                }
                best = Math.min(best, current[j]);
            }
            if (best > limit && minimum(last) > limit) {
                // a swap looks back two rows: only when both are past the limit can the distance not come back
                return best;
            }
            int[] recycled = beforeLast;
            beforeLast = last;
            last = current;
            current = recycled;
        }
        return last[b.length()];
    }

    private static int minimum(int[] row) {
        int minimum = Integer.MAX_VALUE;
        for (int value : row) {
            minimum = Math.min(minimum, value);
        }
        return minimum;
    }

    private static String withoutAccents(String name) {
        String decomposed = NFD.normalize(name);
        StringBuilder plain = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
                .forEach(c -> plain.appendCodePoint(switch (c) {
                    case 'ł' -> 'l';
                    case 'ø' -> 'o';
                    case 'đ' -> 'd';
                    default -> c;
                }));
        return NFC.normalize(plain);
    }

    private static Map<Integer, String> extraConfusables() {
        Map<Integer, String> map = new HashMap<>();
        put(map, "æӕ", "ae");
        put(map, "ϼҏ", "p");
        put(map, "ħнћңҥӈӊԋԧԩ", "h");
        put(map, "ĸκкқҝҟҡӄԟ", "k");
        put(map, "ŋпԥกח", "n");
        put(map, "ŧтҭԏ七丅丆丁", "t");
        put(map, "ƅьҍв", "b");
        put(map, "ωшщพฟພຟ", "w");
        put(map, "мӎ", "m");
        put(map, "єҽҿၔ", "e");
        put(map, "ґ", "r");
        put(map, "ғӻ", "f");
        put(map, "ҫင", "c");
        put(map, "ұ丫", "y");
        put(map, "χҳӽӿ乂", "x");
        put(map, "ԃძ", "d");
        put(map, "ԍဌ", "g");
        put(map, "ടรຣຮ", "s");
        put(map, "၂", "j");
        put(map, "०০੦૦ଠ୦೦", "o");
        put(map, "৭੧૧", "q");
        put(map, "บບ", "u");
        put(map, "θ", "0");
        put(map, "२২੨૨೩೭շ", "2");
        put(map, "зҙӡउওਤ੩૩౩ဒვპ", "3");
        put(map, "੫丩ㄐ", "4");
        put(map, "ճ", "6");
        put(map, "৪੪୫", "8");
        put(map, "૭୨౨", "9");
        put(map, "—一―⸺⸻", "-");
        return Map.copyOf(map);
    }

    private static void put(Map<Integer, String> map, String characters, String lookalike) {
        characters.codePoints().forEach(c -> map.put(c, lookalike));
    }
}
