package io.jingwu.api.identity.credentials.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One institution's check of a credential, and what it was told: the holder's record of who looked. */
@Entity
@Table(name = "credential_checks")
public class CredentialCheck {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "credential_id", updatable = false)
    private long credentialId;

    @Column(name = "institution_id", updatable = false)
    private long institutionId;

    @Column(name = "checked_at", updatable = false)
    private Instant checkedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_seen", updatable = false)
    private CredentialStatus statusSeen;

    protected CredentialCheck() {
    }

    public CredentialCheck(long credentialId, long institutionId, Instant checkedAt, CredentialStatus statusSeen) {
        this.credentialId = credentialId;
        this.institutionId = institutionId;
        this.checkedAt = checkedAt;
        this.statusSeen = statusSeen;
    }
}
