package io.jingwu.api.repeats.boundary;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.repeats.entity.RepeatKind;
import io.jingwu.api.requests.entity.ServiceRequest;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A request linked to the one a clerk looks at, without any personal data. Of another unit's request the clerk
 * learns only why it is linked, which unit has it and when it came ("this person also reported to X"); the
 * tracking number, status, type and category stay out (and are left out of the JSON), so it cannot be reached.
 */
public record LinkedRequest(String trackingNumber,
                            List<RepeatKind> kinds,
                            List<String> kindLabels,
                            String status,
                            String statusLabel,
                            String type,
                            String category,
                            String unitName,
                            Instant submittedAt) {

    static LinkedRequest of(ServiceRequest linked, Set<RepeatKind> kinds, boolean ownUnit, Language language) {
        List<RepeatKind> sorted = kinds.stream().sorted().toList();
        List<String> labels = sorted.stream().map(kind -> Messages.text(language, "repeats.kind." + kind.name())).toList();
        String unitName = linked.unit().name(language);
        if (!ownUnit) {
            return new LinkedRequest(null, sorted, labels, null, null, null, null, unitName, linked.createdAt());
        }
        return new LinkedRequest(linked.trackingNumber().formatted(), sorted, labels, linked.status().name(),
                Messages.text(language, "status." + linked.status().name()), linked.type().name(), linked.category(),
                unitName, linked.createdAt());
    }
}
