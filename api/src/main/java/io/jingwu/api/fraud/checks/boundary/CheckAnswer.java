package io.jingwu.api.fraud.checks.boundary;

import io.jingwu.api.fraud.checks.entity.Verdict;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import jakarta.json.bind.annotation.JsonbNillable;

import java.util.List;

/**
 * The answer of {@code POST /api/v1/fraud/checks} (a contract): the risk, the kind of scam or null, the reasons in
 * plain words, what to do now, and the phones, links and accounts found in a text with each one's own risk.
 */
@JsonbNillable
public record CheckAnswer(String risk, String scamType, List<String> reasons, List<String> advice,
                          List<Extracted> extracted) {

    public record Extracted(String type, String value, String risk) {
    }

    public static CheckAnswer of(Verdict verdict, Language language) {
        return new CheckAnswer(verdict.risk().name(),
                verdict.scamKind() == null ? null : verdict.scamKind().name(),
                verdict.findings().stream().map(finding -> finding.in(language)).distinct().toList(),
                verdict.advice().stream().sorted().map(advice -> Messages.text(language, advice.key())).toList(),
                verdict.extracted().stream()
                        .map(found -> new Extracted(found.type(), found.value(), found.verdict().risk().name()))
                        .toList());
    }

}
