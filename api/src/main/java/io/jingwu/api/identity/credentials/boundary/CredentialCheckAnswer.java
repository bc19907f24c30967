package io.jingwu.api.identity.credentials.boundary;

import io.jingwu.api.identity.credentials.entity.Credential;
import io.jingwu.api.identity.credentials.entity.CredentialStatus;

import jakarta.json.bind.annotation.JsonbNillable;

import java.time.Instant;

/**
 * What an institution learns from a check (a contract: outside clients rely on its shape). Never the document number.
 */
@JsonbNillable
public record CredentialCheckAnswer(String status, String name, String nationality, String documentType, String level,
                                    Instant validUntil) {

    static CredentialCheckAnswer of(Credential credential, CredentialStatus status) {
        return new CredentialCheckAnswer(status.name(), credential.holderName(), credential.nationality(),
                credential.documentType(), credential.level().name(), credential.expiresAt());
    }
}
