package io.jingwu.api.sla.control;

import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.sla.entity.Basis;
import io.jingwu.api.sla.entity.SlaPolicy;

import java.time.Duration;

/**
 * A policy's promise in the citizen's words: "受理：5分钟内；办结：1天内", "Accept: within 30 minutes; resolve:
 * within 3 working days". Whole days are said as days, whole hours as hours, anything else in minutes.
 */
public final class PromiseText {

    private static final long DAY = 24 * 60;

    private PromiseText() {
    }

    public static String of(SlaPolicy policy, Priority priority, Language language) {
        Basis basis = policy.basisFor(priority);
        String accept = duration(policy.acceptTime(), basis, language);
        return policy.resolveTime()
                .map(resolve -> Messages.text(language, "sla.promise.both", accept, duration(resolve, basis, language)))
                .orElseGet(() -> Messages.text(language, "sla.promise.acceptOnly", accept));
    }

    static String duration(Duration length, Basis basis, Language language) {
        long minutes = length.toMinutes();
        String prefix = basis == Basis.WORKING ? "sla.duration.working." : "sla.duration.";
        if (minutes % DAY == 0) {
            return Messages.text(language, prefix + "days", minutes / DAY);
        }
        if (minutes % 60 == 0) {
            return Messages.text(language, prefix + "hours", minutes / 60);
        }
        return Messages.text(language, prefix + "minutes", minutes);
    }
}
