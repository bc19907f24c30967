package io.jingwu.api.fraud.scams.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import io.jingwu.api.fraud.scams.entity.ScamKind;
import io.jingwu.api.fraud.scams.entity.ScamReading;
import io.jingwu.api.fraud.scams.entity.ScamVerdict;

/**
 * The anti-fraud model's quality on texts whose label is known and which it was not trained on, counted as the check
 * answers: a scam answered {@link ScamVerdict#NOT_SURE} is a scam not caught (it lowers recall), an ordinary text
 * answered {@code NOT_SURE} is no false alarm (it does not lower precision); both count in the "not sure" rate.
 */
public final class ScamFigures {

    /** One text with its label and the model's reading of it. */
    public record Judged(String expected, ScamReading reading) {

        boolean isScam() {
            return !ScamCorpus.ORDINARY.equals(expected);
        }

        /** The answer as a confusion-matrix column: the kind named, {@code ORDINARY} for no scam, or {@code NOT_SURE}. */
        String answered() {
            return switch (reading.verdict()) {
                case SCAM -> reading.kind().name();
                case NOT_SCAM -> ScamCorpus.ORDINARY;
                case NOT_SURE -> ScamVerdict.NOT_SURE.name();
            };
        }
    }

    private static final List<String> LABELS = new ArrayList<>();

    static {
        Arrays.stream(ScamKind.values()).forEach(kind -> LABELS.add(kind.name()));
        LABELS.add(ScamCorpus.ORDINARY);
    }

    private final List<Judged> judged;

    public ScamFigures(List<Judged> judged) {
        this.judged = List.copyOf(judged);
    }

    public int size() {
        return judged.size();
    }

    /** Of the texts called scams, the share that are. */
    public double scamPrecision() {
        return share(j -> j.isScam(), j -> j.reading().verdict() == ScamVerdict.SCAM);
    }

    /** Of the scams, the share called scams. */
    public double scamRecall() {
        return share(j -> j.reading().verdict() == ScamVerdict.SCAM, Judged::isScam);
    }

    public double scamF1() {
        return f1(scamPrecision(), scamRecall());
    }

    /** Of the scams, the share called no scam: the costliest mistake, a citizen told a scam is harmless. */
    public double scamsCalledHarmless() {
        return share(j -> j.reading().verdict() == ScamVerdict.NOT_SCAM, Judged::isScam);
    }

    /** Of the ordinary texts, the share called scams. */
    public double falseAlarms() {
        return share(j -> j.reading().verdict() == ScamVerdict.SCAM, j -> !j.isScam());
    }

    public double notSure() {
        return share(j -> j.reading().verdict() == ScamVerdict.NOT_SURE, j -> true);
    }

    public double notSureOfScams() {
        return share(j -> j.reading().verdict() == ScamVerdict.NOT_SURE, Judged::isScam);
    }

    public double notSureOfOrdinary() {
        return share(j -> j.reading().verdict() == ScamVerdict.NOT_SURE, j -> !j.isScam());
    }

    /** Of the scams the model called scams, the share whose kind it named right ({@code OTHER_SCAM} for another is wrong). */
    public double kindAccuracy() {
        return share(j -> j.reading().kind().name().equals(j.expected()),
                j -> j.isScam() && j.reading().verdict() == ScamVerdict.SCAM);
    }

    /** Of the texts answered as a scam of this kind, the share that are. */
    public double kindPrecision(ScamKind kind) {
        return share(j -> j.expected().equals(kind.name()), j -> j.reading().kind() == kind);
    }

    /** Of the scams of this kind, the share answered as scams of this kind. */
    public double kindRecall(ScamKind kind) {
        return share(j -> j.reading().kind() == kind, j -> j.expected().equals(kind.name()));
    }

    public double kindF1(ScamKind kind) {
        return f1(kindPrecision(kind), kindRecall(kind));
    }

    public double macroKindF1() {
        return Arrays.stream(ScamKind.values()).mapToDouble(this::kindF1).average().orElse(0);
    }

    /** Rows: the label; columns: the answer ({@link Judged#answered()}); both in the order of {@link #columns()}. */
    public long[][] confusion() {
        List<String> columns = columns();
        long[][] counts = new long[LABELS.size()][columns.size()];
        for (Judged j : judged) {
            counts[LABELS.indexOf(j.expected())][columns.indexOf(j.answered())]++;
        }
        return counts;
    }

    /** The nine kinds, {@code ORDINARY}, {@code NOT_SURE}. */
    public static List<String> columns() {
        List<String> columns = new ArrayList<>(LABELS);
        columns.add(ScamVerdict.NOT_SURE.name());
        return columns;
    }

    /** Every figure, as the benchmark and the evaluation print them. */
    public String report() {
        StringBuilder out = new StringBuilder();
        long scams = judged.stream().filter(Judged::isScam).count();
        out.append(format("%d texts: %d scams, %d ordinary%n", judged.size(), scams, judged.size() - scams));
        out.append(format("scam vs ordinary: precision %.3f  recall %.3f  F1 %.3f%n", scamPrecision(), scamRecall(),
                scamF1()));
        out.append(format("not sure: %.3f of all (%.3f of scams, %.3f of ordinary)  scams called harmless %.3f  "
                + "false alarms %.3f of ordinary%n", notSure(), notSureOfScams(), notSureOfOrdinary(),
                scamsCalledHarmless(), falseAlarms()));
        out.append(format("kind accuracy on scams called scams: %.3f  macro-F1 of the kinds %.3f%n", kindAccuracy(),
                macroKindF1()));
        out.append(format("%-28s %9s %9s %9s%n", "kind", "precision", "recall", "F1"));
        for (ScamKind kind : ScamKind.values()) {
            out.append(format("%-28s %9.3f %9.3f %9.3f%n", kind, kindPrecision(kind), kindRecall(kind), kindF1(kind)));
        }
        out.append("confusion (rows: label; columns: answer)\n");
        List<String> columns = columns();
        out.append(format("%-28s", ""));
        columns.forEach(column -> out.append(format(" %5s", abbreviation(column))));
        out.append('\n');
        long[][] counts = confusion();
        for (int row = 0; row < LABELS.size(); row++) {
            out.append(format("%-28s", LABELS.get(row)));
            for (long count : counts[row]) {
                out.append(format(" %5d", count));
            }
            out.append('\n');
        }
        out.append("columns: ").append(String.join(" ", columns.stream()
                .map(column -> abbreviation(column) + "=" + column).toList())).append('\n');
        return out.toString();
    }

    /** The initials of a label: IO for IMPERSONATING_OFFICIALS. */
    private static String abbreviation(String label) {
        return Arrays.stream(label.split("_")).map(word -> word.substring(0, 1)).reduce("", String::concat);
    }

    private double share(Predicate<Judged> hit, Predicate<Judged> among) {
        long total = judged.stream().filter(among).count();
        return total == 0 ? 0 : (double) judged.stream().filter(among).filter(hit).count() / total;
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
