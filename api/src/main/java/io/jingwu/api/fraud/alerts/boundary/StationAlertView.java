package io.jingwu.api.fraud.alerts.boundary;

import io.jingwu.api.fraud.alerts.entity.StationAlert;
import jakarta.json.bind.annotation.JsonbNillable;

import java.time.Instant;

/** A bank counter alert as the station sees it: where to go, and whether someone is on the way. */
@JsonbNillable
public record StationAlertView(long id, String trackingNumber, String branch, String branchAddress, String station,
                               Instant raisedAt, Instant acknowledgedAt, String acknowledgedBy) {

    static StationAlertView of(StationAlert alert) {
        return new StationAlertView(alert.id(), alert.request().trackingNumber().formatted(), alert.branch(),
                alert.branchAddress(), FraudAlerts.nameOf(alert.unit()), alert.createdAt(),
                alert.acknowledgedAt().orElse(null), alert.acknowledgedBy().orElse(null));
    }
}
