package io.jingwu.api.identity.credentials.boundary;

import jakarta.json.bind.annotation.JsonbNillable;

import java.time.Instant;
import java.util.List;

/**
 * The holder's own view of their credential: its state, the code and QR token to show, and every check an
 * institution made, newest first.
 */
@JsonbNillable
public record HolderView(String status, String code, String qrToken, String nameMasked, String nationality, String documentType, String level,
                         Instant issuedAt, Instant validUntil, Instant revokedAt, String revokedBecause,
                         List<CheckSeen> checks) {

    public record CheckSeen(String institution, String institutionKind, Instant checkedAt, String statusSeen) {
    }
}
