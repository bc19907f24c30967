package io.jingwu.api.institutions.boundary;

import io.jingwu.api.institutions.entity.RelyingInstitution;

import java.time.Instant;

/**
 * An institution as administrators see it: never its key, only the key's public prefix. Times are UTC; absent
 * members (no contact, not revoked, never used) are left out.
 *
 * @param lastUsedAt the last admitted check, recorded to the minute at best
 */
public record InstitutionView(long id, String name, String kind, String contact, String keyPrefix,
                              Instant keyIssuedAt, int checksPerMinute, boolean active, Instant createdAt,
                              String createdBy, Instant revokedAt, String revokedBy, Instant lastUsedAt) {

    static InstitutionView of(RelyingInstitution institution) {
        return new InstitutionView(institution.id(), institution.name(), institution.kind().name(),
                institution.contact(), institution.keyPrefix(), institution.keyIssuedAt(),
                institution.checksPerMinute(), institution.active(), institution.createdAt(),
                institution.createdBy(), institution.revokedAt(), institution.revokedBy(), institution.lastUsedAt());
    }
}
