package io.jingwu.api.identity.credentials.entity;

import io.jingwu.api.platform.crypto.EncryptedText;
import io.jingwu.api.platform.i18n.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A verified identity its holder can show again: found by the keyed hash of its code (institutions) or the hash of
 * the holder's token (the holder). It carries what an institution may learn (name, nationality, document type,
 * level, validity), never the document number.
 */
@Entity
@Table(name = "identity_credentials")
@NamedQuery(name = Credential.BY_CODE, query = "SELECT c FROM Credential c WHERE c.codeHash = :codeHash")
@NamedQuery(name = Credential.BY_HOLDER, query = "SELECT c FROM Credential c WHERE c.holderTokenHash = :tokenHash")
@NamedQuery(name = Credential.LIVE_FOR_DOCUMENT,
        query = "SELECT c FROM Credential c WHERE c.numberHash = :numberHash AND c.revokedAt IS NULL")
public class Credential {

    public static final String BY_CODE = "Credential.byCode";
    public static final String BY_HOLDER = "Credential.byHolder";
    public static final String LIVE_FOR_DOCUMENT = "Credential.liveForDocument";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "verification_id", updatable = false)
    private long verificationId;

    /** Canonical form, shown again to its holder (with its QR code) whenever they open their credential. */
    @Convert(converter = EncryptedText.class)
    @Column(updatable = false)
    private String code;

    @Column(name = "code_hash", updatable = false)
    private String codeHash;

    @Column(name = "holder_token_hash", updatable = false)
    private String holderTokenHash;

    @Column(name = "number_hash", updatable = false)
    private String numberHash;

    @Convert(converter = EncryptedText.class)
    @Column(name = "holder_name", updatable = false)
    private String holderName;

    /** Told by text message when the credential is superseded or revoked; null for withdrawn older credentials. */
    @Convert(converter = EncryptedText.class)
    @Column(name = "holder_phone", updatable = false)
    private String holderPhone;

    @Column(updatable = false)
    private String nationality;

    @Column(name = "document_type", updatable = false)
    private String documentType;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private VerificationLevel level;

    @Column(name = "lang", updatable = false)
    private String language;

    @Column(name = "issued_at", updatable = false)
    private Instant issuedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "revoked_because")
    private RevocationReason revokedBecause;

    protected Credential() {
    }

    public Credential(long verificationId, String code, String codeHash, String holderTokenHash, String numberHash,
                      String holderName, String holderPhone, String nationality, String documentType,
                      VerificationLevel level, Language language, Instant issuedAt, Instant expiresAt) {
        this.verificationId = verificationId;
        this.code = code;
        this.codeHash = codeHash;
        this.holderTokenHash = holderTokenHash;
        this.numberHash = numberHash;
        this.holderName = holderName;
        this.holderPhone = holderPhone;
        this.nationality = nationality;
        this.documentType = documentType;
        this.level = level;
        this.language = language.tag();
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    public CredentialStatus status(Instant now) {
        if (revokedAt != null) {
            return CredentialStatus.REVOKED;
        }
        return now.isBefore(expiresAt) ? CredentialStatus.VALID : CredentialStatus.EXPIRED;
    }

    /**
     * Revoking twice keeps the first time and reason.
     *
     * @return whether this call revoked it (false when it already was)
     */
    public boolean revoke(RevocationReason reason, Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now;
        revokedBecause = reason;
        return true;
    }

    public long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String holderName() {
        return holderName;
    }

    public String holderPhone() {
        return holderPhone;
    }

    public String nationality() {
        return nationality;
    }

    public String documentType() {
        return documentType;
    }

    public VerificationLevel level() {
        return level;
    }

    public Language language() {
        return Language.fromTag(language).orElse(Language.DEFAULT);
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public RevocationReason revokedBecause() {
        return revokedBecause;
    }
}
