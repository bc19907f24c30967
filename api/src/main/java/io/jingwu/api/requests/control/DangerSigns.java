package io.jingwu.api.requests.control;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Spots words of danger (a knife, a fire, someone being hit or bleeding, a cry for help) in what a citizen
 * wrote, so that the request is marked urgent and the citizen is told to call 110 at once. A keyword check:
 * it would rather flag too much than miss an emergency; a classifier will refine it.
 */
public final class DangerSigns {

    /** Chinese: matched anywhere, as Chinese has no spaces between words. */
    private static final List<String> CHINESE = List.of(
            "刀", "砍人", "捅人", "捅了", "枪", "打人", "殴打", "被打", "打我", "动手打", "着火", "起火", "失火", "火灾",
            "冒烟", "救命", "流血", "出血", "受伤", "杀人", "要杀", "绑架", "跳楼", "自杀", "轻生", "爆炸", "煤气泄漏",
            "持械", "凶器", "闯入", "家暴", "掐脖子");

    /** English: whole words only, so that "fired from my job" is not a fire. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(knife|knives|stab(bed|bing)?|weapons?|guns?|"
            + "fire|on fire|burning|smoke|explosion|gas leak|hit(ting)? (me|him|her|us|them)|hitting|beat(ing|en)|"
            + "attack(ed|ing)?|assault(ed)?|bleed(ing)?|blood|injured|kill(ing)?|kidnap(ped|ping)?|"
            + "suicide|help me|break(ing)? in|domestic violence)\\b");

    private DangerSigns() {
    }

    public static boolean foundIn(String... texts) {
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            if (CHINESE.stream().anyMatch(normalised::contains) || ENGLISH.matcher(normalised).find()) {
                return true;
            }
        }
        return false;
    }
}
