package io.jingwu.api.fraud.warnings.entity;

import io.jingwu.api.platform.i18n.Language;
import jakarta.persistence.Column;
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
import java.util.Optional;

/**
 * A one-time code sent to a phone to confirm what it was asked for there: following a district (in a language), or
 * no longer following one or all of the districts it follows. Good for one use, within its lifetime, and for
 * {@link #MAX_ATTEMPTS} guesses; a newer code of the same kind replaces it. Only its keyed hash is kept.
 */
@Entity
@Table(name = "fraud_subscription_codes")
@NamedQuery(name = SubscriptionCode.LATEST, query = "SELECT c FROM SubscriptionCode c"
        + " WHERE c.phoneHash = :phoneHash AND c.intent = :intent ORDER BY c.id DESC")
public class SubscriptionCode {

    /** Parameters {@code phoneHash}, {@code intent}: the newest first. */
    public static final String LATEST = "SubscriptionCode.latest";
    public static final int MAX_ATTEMPTS = 5;

    public enum Intent { SUBSCRIBE, UNSUBSCRIBE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Intent intent;

    @Column(name = "phone_hash", updatable = false)
    private String phoneHash;

    @Column(name = "division_code", updatable = false)
    private String divisionCode;

    @Column(name = "lang", updatable = false)
    private String language;

    @Column(name = "code_hash", updatable = false)
    private String codeHash;

    private int attempts;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected SubscriptionCode() {
    }

    /**
     * @param divisionCode the district it is about; null for every district the phone follows (unsubscribing only)
     * @param language     the language subscribed in; for unsubscribing, the one the code was sent in
     */
    public SubscriptionCode(Intent intent, String phoneHash, String divisionCode, Language language, String codeHash,
                            Instant now, Duration lifetime) {
        if (intent == Intent.SUBSCRIBE && divisionCode == null) {
            throw new IllegalArgumentException("A subscription is to one district");
        }
        this.intent = intent;
        this.phoneHash = phoneHash;
        this.divisionCode = divisionCode;
        this.language = language.tag();
        this.codeHash = codeHash;
        this.createdAt = now;
        this.expiresAt = now.plus(lifetime);
    }

    /**
     * One guess, counted whatever the outcome; a right one uses the code up.
     *
     * @return true when the code was still good and the guess is it
     */
    public boolean redeem(String guessHash, Instant now) {
        if (usedAt != null || !now.isBefore(expiresAt) || attempts >= MAX_ATTEMPTS) {
            return false;
        }
        attempts++;
        if (!MessageDigest.isEqual(codeHash.getBytes(StandardCharsets.US_ASCII), guessHash.getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        usedAt = now;
        return true;
    }

    public Intent intent() {
        return intent;
    }

    /** The district it is about; empty for every district the phone follows. */
    public Optional<String> divisionCode() {
        return Optional.ofNullable(divisionCode);
    }

    public Language language() {
        return Language.fromTag(language).orElse(Language.DEFAULT);
    }
}
