package io.jingwu.api.fraud.scams.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.jingwu.api.fraud.scams.entity.CueFinding;
import io.jingwu.api.fraud.scams.entity.ScamCue;
import io.jingwu.api.platform.language.CharacterFolding;
import io.jingwu.api.platform.language.LabelledCorpus;
import io.jingwu.api.platform.language.LabelledText;
import io.jingwu.api.platform.language.TextSegmenter;

/**
 * Finds the tell-tale requests and threats of a scam in a text ({@link ScamCue}), by the Chinese, English and Russian
 * patterns of {@value #RESOURCE}: deterministic, and readable by a clerk who wants to know why a text was flagged.
 * The text is matched folded (case, full-width forms, traditional characters) one character for one, so the spans
 * are those of the text as written.
 *
 * <p>Anti-fraud publicity names the same things to warn against them ("公检法不会要求转账到安全账户", "never share this
 * code"). A cue is not counted when a negation (the file's {@code NEGATION} patterns: 不会, 绝不, 请勿, never, ...) ends
 * in the stretch of its own clause that comes before it; clauses end at sentence and clause punctuation.
 */
public final class ScamCues {

    static final String RESOURCE = "/io/jingwu/api/fraud/scams/scam-cues.tsv";
    static final String NEGATION = "NEGATION";
    /** How far before a cue, within its clause, a negation still governs it: about six words in either writing. */
    static final int NEGATION_REACH_HAN = 16;
    static final int NEGATION_REACH_OTHER = 48;
    static final Set<String> LANGUAGES = Set.of("zh", "en", "ru");

    private static final Pattern CLAUSE_END = Pattern.compile("[,.;:!?，。；：！？、\\n\\r]");
    private static final Map<ScamCue, List<Pattern>> CUES = new EnumMap<>(ScamCue.class);
    private static final List<Pattern> NEGATIONS = new ArrayList<>();

    static {
        for (LabelledText line : patterns()) {
            Pattern pattern = compile(line);
            if (line.label().equals(NEGATION)) {
                NEGATIONS.add(pattern);
            } else {
                CUES.computeIfAbsent(ScamCue.valueOf(line.label()), cue -> new ArrayList<>()).add(pattern);
            }
        }
    }

    private ScamCues() {
    }

    /** Every cue found, in the order of the text; one finding per stretch of text, however many patterns match it. */
    public static List<CueFinding> find(String text) {
        List<CueFinding> findings = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return findings;
        }
        String folded = CharacterFolding.fold(text);
        CUES.forEach((cue, patterns) -> {
            List<int[]> spans = new ArrayList<>();
            for (Pattern pattern : patterns) {
                Matcher matcher = pattern.matcher(folded);
                while (matcher.find()) {
                    if (matcher.end() > matcher.start() && !negated(folded, matcher.start())) {
                        spans.add(new int[] {matcher.start(), matcher.end()});
                    }
                }
            }
            for (int[] span : merged(spans)) {
                findings.add(new CueFinding(cue, span[0], span[1], text.substring(span[0], span[1])));
            }
        });
        findings.sort(Comparator.comparingInt(CueFinding::start).thenComparing(CueFinding::cue));
        return findings;
    }

    /** Whether a negation ends before {@code start} in the same clause, within reach. */
    private static boolean negated(String folded, int start) {
        int reach = TextSegmenter.isHan(folded.codePointAt(start)) ? NEGATION_REACH_HAN : NEGATION_REACH_OTHER;
        int from = Math.max(0, start - reach);
        Matcher clauseEnd = CLAUSE_END.matcher(folded).region(from, start);
        while (clauseEnd.find()) {
            from = clauseEnd.end();
        }
        String before = folded.substring(from, start);
        return NEGATIONS.stream().anyMatch(negation -> negation.matcher(before).find());
    }

    /** Overlapping spans of one cue as one, from the first start to the last end. */
    private static List<int[]> merged(List<int[]> spans) {
        spans.sort(Comparator.comparingInt(span -> span[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] span : spans) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span[0] < last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                merged.add(span.clone());
            }
        }
        return merged;
    }

    /** The pattern file's lines: {@code CUE<TAB>lang<TAB>regular expression}, lang zh, en or ru. */
    static List<LabelledText> patterns() {
        Set<String> labels = new HashSet<>(Set.of(NEGATION));
        Arrays.stream(ScamCue.values()).forEach(cue -> labels.add(cue.name()));
        return LabelledCorpus.parse(LabelledCorpus.resource(ScamCues.class, RESOURCE), RESOURCE, labels, LANGUAGES);
    }

    private static Pattern compile(LabelledText line) {
        try {
            return Pattern.compile(line.text(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(RESOURCE + ": " + line.label() + " pattern does not compile: " + line.text(), e);
        }
    }
}
