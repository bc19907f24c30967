package io.jingwu.api.fraud.scams.entity;

/**
 * One cue found in a text, with where: {@code text.substring(start, end)} of the text as the citizen wrote it is
 * {@code matched}.
 */
public record CueFinding(ScamCue cue, int start, int end, String matched) {

    public CueFinding {
        if (cue == null || matched == null || start < 0 || end <= start || matched.length() != end - start) {
            throw new IllegalArgumentException("a cue with a span that is its matched text");
        }
    }
}
