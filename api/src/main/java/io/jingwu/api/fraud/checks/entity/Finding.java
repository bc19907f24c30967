package io.jingwu.api.fraud.checks.entity;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.platform.problems.Refusal;

import java.util.List;

/**
 * One thing a check found, and how much it weighs. Worded in the reader's language only when answered: the text
 * under {@code fraud.reason.<reason>} with the arguments, any of which may be {@link Refusal.Worded Worded} itself
 * (a unit's name, a bank's, another finding).
 */
public record Finding(Risk risk, String reason, List<Object> args) {

    public static Finding of(Risk risk, String reason, Object... args) {
        return new Finding(risk, reason, List.of(args));
    }

    /** This finding about a value found in a text, named with it: "171****6789: it is on the list". */
    public Finding about(String value) {
        return of(risk, "about-value", value, (Refusal.Worded) this::in);
    }

    public String in(Language language) {
        Object[] worded = args.stream()
                .map(arg -> arg instanceof Refusal.Worded text ? text.in(language) : arg)
                .toArray();
        return Messages.text(language, "fraud.reason." + reason, worded);
    }
}
