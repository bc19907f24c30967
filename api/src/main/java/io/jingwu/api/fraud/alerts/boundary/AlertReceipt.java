package io.jingwu.api.fraud.alerts.boundary;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * The answer to a bank's alarm: the request's tracking number, the anti-fraud centre that has it, and the police
 * station told to go to the branch (null when no station serves the branch's division).
 */
@JsonbNillable
public record AlertReceipt(String trackingNumber, String centre, String station) {
}
