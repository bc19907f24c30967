package io.jingwu.portal.identity.boundary;

import io.jingwu.api.identity.credentials.boundary.HolderView;
import io.jingwu.api.identity.credentials.control.QrCodes;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A credential as its holder's pages show it: the code in groups to read out, the QR code drawn once, what an
 * institution is told, and the checks made of it, newest first. A copy of the API's view that a page may keep (its
 * view state can travel between the cluster's instances).
 *
 * @param qrSvg the QR code of the credential's signed token, as an inline SVG
 */
public record CredentialCard(String status, String code, String qrSvg, String nameMasked, String nationality,
                             String documentType, String level, Instant validUntil, Instant revokedAt,
                             String revokedBecause, List<Check> checks) implements Serializable {

    public CredentialCard {
        checks = List.copyOf(checks);
    }

    public static CredentialCard of(HolderView view) {
        return new CredentialCard(view.status(), view.code(), QrCodes.svg(view.qrToken()), view.nameMasked(),
                view.nationality(), view.documentType(), view.level(), view.validUntil(), view.revokedAt(),
                view.revokedBecause(), view.checks().stream().map(Check::of).toList());
    }

    /** {@code K7QD-9M2X-PA4T} as {@code [K7QD, 9M2X, PA4T]}: shown apart, read out group by group. */
    public List<String> codeGroups() {
        return Arrays.asList(code.split("-"));
    }

    public boolean valid() {
        return "VALID".equals(status);
    }

    /** One check by an institution, and what it was told (VALID, REVOKED, EXPIRED). */
    public record Check(String institution, String institutionKind, Instant checkedAt, String statusSeen)
            implements Serializable {

        static Check of(HolderView.CheckSeen seen) {
            return new Check(seen.institution(), seen.institutionKind(), seen.checkedAt(), seen.statusSeen());
        }
    }
}
