package io.jingwu.portal.fraud.boundary;

import io.jingwu.api.fraud.checks.boundary.CheckAnswer;
import io.jingwu.api.fraud.checks.entity.Advice;
import io.jingwu.api.fraud.checks.entity.Risk;
import io.jingwu.api.fraud.checks.entity.Verdict;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * A verdict as the check page shows it, worded once in the citizen's language as the API words it: the risk, the kind
 * of scam when one was named, the reasons, what to do now, and the values found in a text with their own risk. What
 * cannot wait comes first: "stop now", then the lines to call. A copy the page may keep in its view state.
 *
 * @param scamKind the kind of scam in words, or null
 */
public record VerdictCard(Risk risk, String scamKind, List<String> reasons, List<AdviceLine> advice,
                          List<Found> found) implements Serializable {

    /** Before the rest of the advice, in this order. */
    private static final List<Advice> URGENT = List.of(Advice.STOP_NOW, Advice.CALL_96110);

    public VerdictCard {
        reasons = List.copyOf(reasons);
        advice = List.copyOf(advice);
        found = List.copyOf(found);
    }

    public static VerdictCard of(Verdict verdict, Language language) {
        CheckAnswer answer = CheckAnswer.of(verdict, language);
        return new VerdictCard(verdict.risk(),
                verdict.scamKind() == null ? null : Messages.text(language, "fraud.kind." + verdict.scamKind().name()),
                answer.reasons(),
                verdict.advice().stream().sorted(urgentFirst())
                        .map(advice -> new AdviceLine(advice, Messages.text(language, advice.key()))).toList(),
                answer.extracted().stream()
                        .map(extracted -> new Found(extracted.type(), extracted.value(), Risk.valueOf(extracted.risk())))
                        .toList());
    }

    private static Comparator<Advice> urgentFirst() {
        return Comparator.comparingInt((Advice advice) -> URGENT.contains(advice) ? URGENT.indexOf(advice) : URGENT.size())
                .thenComparing(Comparator.naturalOrder());
    }

    /** A warning: the page offers to report it, so that others are warned. */
    public boolean reportable() {
        return risk != Risk.SAFE;
    }

    /** One thing to do. */
    public record AdviceLine(Advice advice, String text) implements Serializable {

        /** The line that names 96110 and 110: the page adds a tap-to-call link for each. */
        public boolean calls() {
            return advice == Advice.CALL_96110;
        }

        public boolean stop() {
            return advice == Advice.STOP_NOW;
        }
    }

    /**
     * A phone, link or account found in a checked text.
     *
     * @param type {@code phone}, {@code url} or {@code account}
     */
    public record Found(String type, String value, Risk risk) implements Serializable {
    }
}
