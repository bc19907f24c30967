package io.jingwu.api.identity.verification.entity;

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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One attempt to verify a person: the document and holder as given (personal data encrypted), the phone's one-time
 * code (its hash), and how it ended. The rules of the code live here: good for {@link #MAX_ATTEMPTS} guesses within
 * its lifetime, and only while the verification waits for it.
 */
@Entity
@Table(name = "identity_verifications")
@NamedQuery(name = IdentityVerification.BY_PUBLIC_ID,
        query = "SELECT v FROM IdentityVerification v WHERE v.publicId = :publicId")
public class IdentityVerification {

    public static final String BY_PUBLIC_ID = "IdentityVerification.byPublicId";
    public static final int MAX_ATTEMPTS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", updatable = false)
    private String publicId;

    @Column(name = "document_type", updatable = false)
    private String documentType;

    @Convert(converter = EncryptedText.class)
    @Column(name = "document_number", updatable = false)
    private String documentNumber;

    @Column(name = "number_hash", updatable = false)
    private String numberHash;

    @Convert(converter = EncryptedText.class)
    @Column(name = "holder_name", updatable = false)
    private String holderName;

    @Convert(converter = EncryptedText.class)
    @Column(name = "birth_date", updatable = false)
    private String birthDate;

    @Column(updatable = false)
    private String nationality;

    @Column(name = "expiry_date", updatable = false)
    private LocalDate expiryDate;

    @Convert(converter = EncryptedText.class)
    @Column(updatable = false)
    private String phone;

    @Column(name = "phone_hash", updatable = false)
    private String phoneHash;

    @Column(name = "division_code", updatable = false)
    private String divisionCode;

    @Column(name = "lang", updatable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    private VerificationStatus status;

    @Column(name = "code_hash")
    private String codeHash;

    @Column(name = "code_expires_at")
    private Instant codeExpiresAt;

    @Column(name = "code_attempts")
    private int codeAttempts;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "request_id")
    private Long requestId;

    protected IdentityVerification() {
    }

    public IdentityVerification(String publicId, VerifiedPerson person, String phoneE164, String phoneHash,
                                String divisionCode, Language language, Instant now) {
        this.publicId = publicId;
        this.documentType = person.documentType().name();
        this.documentNumber = person.number();
        this.numberHash = person.documentHash();
        this.holderName = person.name();
        this.birthDate = person.birthDate().toString();
        this.nationality = person.nationality();
        this.expiryDate = person.expiryDate();
        this.phone = phoneE164;
        this.phoneHash = phoneHash;
        this.divisionCode = divisionCode;
        this.language = language.tag();
        this.status = VerificationStatus.AWAITING_CODE;
        this.createdAt = now;
    }

    /** A new code replaces the one before, with a fresh count of guesses. */
    public void expectCode(String newCodeHash, Instant now, Duration lifetime) {
        codeHash = newCodeHash;
        codeExpiresAt = now.plus(lifetime);
        codeAttempts = 0;
    }

    /** One guess, counted whatever the outcome. */
    public boolean acceptsCode(String guessHash, Instant now) {
        if (status != VerificationStatus.AWAITING_CODE || codeHash == null || !now.isBefore(codeExpiresAt)
                || codeAttempts >= MAX_ATTEMPTS) {
            return false;
        }
        codeAttempts++;
        return MessageDigest.isEqual(codeHash.getBytes(StandardCharsets.US_ASCII), guessHash.getBytes(StandardCharsets.US_ASCII));
    }

    public void verified(Instant now) {
        finish(VerificationStatus.VERIFIED, now);
    }

    public void referred(long exceptionRequestId, Instant now) {
        requestId = exceptionRequestId;
        finish(VerificationStatus.REFERRED, now);
    }

    private void finish(VerificationStatus outcome, Instant now) {
        status = outcome;
        completedAt = now;
        codeHash = null;
    }

    public long id() {
        return id;
    }

    public String publicId() {
        return publicId;
    }

    public VerificationStatus status() {
        return status;
    }

    public VerifiedPerson person() {
        return new VerifiedPerson(io.jingwu.api.documents.entity.DocumentType.valueOf(documentType),
                documentNumber, numberHash, holderName, LocalDate.parse(birthDate), nationality, expiryDate);
    }

    public String phone() {
        return phone;
    }

    public String divisionCode() {
        return divisionCode;
    }

    public Language language() {
        return Language.fromTag(language).orElse(Language.DEFAULT);
    }

    public Instant codeExpiresAt() {
        return codeExpiresAt;
    }

    public Long requestId() {
        return requestId;
    }
}
