package io.jingwu.api.fraud.warnings.boundary;

import io.jingwu.api.fraud.warnings.entity.FraudWarning;
import io.jingwu.api.fraud.warnings.entity.WarningTexts;
import jakarta.json.bind.annotation.JsonbNillable;

import java.time.Instant;

/**
 * A published warning as the anti-fraud centre sees it: where it went, its texts, and how many followers' messages
 * were queued ({@code completed} once every follower's is).
 */
@JsonbNillable
public record WarningView(long id, String divisionCode, String area, WarningTexts texts, String scamKind,
                          String publishedBy, Instant publishedAt, int queued, boolean completed) {

    static WarningView of(FraudWarning warning, String area) {
        return new WarningView(warning.id(), warning.area().divisionCode(), area, warning.texts(),
                warning.scamKind().map(Enum::name).orElse(null), warning.publishedBy(), warning.publishedAt(),
                warning.queued(), warning.completed());
    }
}
