package io.jingwu.api.fraud.checks.entity;

import io.jingwu.api.fraud.scams.entity.ScamKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The answer of a check: the risk of its strongest finding, the kind of scam when one was recognised, every finding,
 * the advice, and what was pulled out of a text and checked on its own.
 */
public record Verdict(Risk risk, ScamKind scamKind, List<Finding> findings, Set<Advice> advice,
                      List<ExtractedCheck> extracted) {

    /** A value found in a checked text (a phone, link or account) with its own verdict. */
    public record ExtractedCheck(String type, String value, Verdict verdict) {
    }

    /** Builds a verdict finding by finding: the risk only ever rises. */
    public static final class Builder {

        private final List<Finding> findings = new ArrayList<>();
        private final Set<Advice> advice = EnumSet.noneOf(Advice.class);
        private final List<ExtractedCheck> extracted = new ArrayList<>();
        private ScamKind scamKind;

        public Builder add(Finding finding) {
            findings.add(finding);
            return this;
        }

        public Builder add(Risk risk, String reason, Object... args) {
            return add(Finding.of(risk, reason, args));
        }

        public Builder advise(Advice... more) {
            advice.addAll(List.of(more));
            return this;
        }

        public Builder scamKind(ScamKind kind) {
            scamKind = kind;
            return this;
        }

        /**
         * A value found in the text, with its own verdict: its warnings count for the whole text too, named with the
         * value; what is only reassuring or neutral about it stays in its own verdict.
         */
        public Builder extracted(String type, String value, Verdict verdict) {
            extracted.add(new ExtractedCheck(type, value, verdict));
            verdict.findings().stream().filter(finding -> finding.risk() != Risk.SAFE)
                    .forEach(finding -> findings.add(finding.about(value)));
            if (verdict.risk() != Risk.SAFE) {
                advice.addAll(verdict.advice());
            }
            return this;
        }

        public Risk risk() {
            return findings.stream().map(Finding::risk).max(Comparator.naturalOrder()).orElse(Risk.SAFE);
        }

        /** The verdict, with the advice every risky answer carries added. */
        public Verdict build() {
            Risk risk = risk();
            if (risk == Risk.DANGER) {
                advice.add(Advice.STOP_NOW);
                advice.add(Advice.DO_NOT_TRANSFER);
                advice.add(Advice.CALL_BANK_TO_STOP_PAYMENT);
                advice.add(Advice.CALL_96110);
            } else if (risk == Risk.CAUTION) {
                advice.add(Advice.DO_NOT_TRANSFER);
            }
            if (risk != Risk.SAFE) {
                advice.add(Advice.REPORT_IT);
            } else {
                advice.add(Advice.STAY_ALERT);
            }
            List<Finding> strongestFirst = findings.stream()
                    .sorted(Comparator.comparing(Finding::risk).reversed()).distinct().toList();
            return new Verdict(risk, risk == Risk.SAFE ? null : scamKind, strongestFirst, Set.copyOf(advice),
                    List.copyOf(extracted));
        }
    }
}
