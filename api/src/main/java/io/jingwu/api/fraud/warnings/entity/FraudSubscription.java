package io.jingwu.api.fraud.warnings.entity;

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
import java.util.Optional;

/**
 * A phone following the anti-fraud warnings of one county-level district, in one language. Pending until the
 * phone's code confirms it; only a confirmed subscription is warned. A phone has one subscription per district, which
 * an unsubscription ends and a later confirmation starts again, with a new {@link #tokenId()}: the links of the
 * messages sent before then no longer name it.
 */
@Entity
@Table(name = "fraud_subscriptions")
@NamedQuery(name = FraudSubscription.OF_PHONE_IN, query = "SELECT s FROM FraudSubscription s"
        + " WHERE s.phoneHash = :phoneHash AND s.divisionCode = :divisionCode")
@NamedQuery(name = FraudSubscription.BY_TOKEN_ID, query = "SELECT s FROM FraudSubscription s WHERE s.tokenId = :tokenId")
@NamedQuery(name = FraudSubscription.CONFIRMED_OF_PHONE, query = "SELECT s FROM FraudSubscription s"
        + " WHERE s.phoneHash = :phoneHash AND s.status = io.jingwu.api.fraud.warnings.entity.SubscriptionStatus.CONFIRMED"
        + " ORDER BY s.divisionCode")
public class FraudSubscription {

    /** Parameters {@code phoneHash}, {@code divisionCode}: at most one. */
    public static final String OF_PHONE_IN = "FraudSubscription.ofPhoneIn";
    /** Parameter {@code tokenId}: at most one. */
    public static final String BY_TOKEN_ID = "FraudSubscription.byTokenId";
    /** Parameter {@code phoneHash}: the districts a phone is warned of. */
    public static final String CONFIRMED_OF_PHONE = "FraudSubscription.confirmedOfPhone";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_id")
    private String tokenId;

    @Convert(converter = EncryptedText.class)
    @Column(updatable = false)
    private String phone;

    @Column(name = "phone_hash", updatable = false)
    private String phoneHash;

    @Column(name = "division_code", updatable = false)
    private String divisionCode;

    @Column(name = "lang")
    private String language;

    @Enumerated(EnumType.STRING)
    private SubscriptionStatus status;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "unsubscribed_at")
    private Instant unsubscribedAt;

    protected FraudSubscription() {
    }

    /**
     * Asked for, not yet confirmed.
     *
     * @param tokenId   random, what its unsubscribe links will name
     * @param phoneE164 the phone, {@code +8613800138000}
     * @param phoneHash its keyed lookup hash
     */
    public FraudSubscription(String tokenId, String phoneE164, String phoneHash, String divisionCode,
                             Language language, Instant now) {
        this.tokenId = tokenId;
        this.phone = phoneE164;
        this.phoneHash = phoneHash;
        this.divisionCode = divisionCode;
        this.language = language.tag();
        this.status = SubscriptionStatus.PENDING;
        this.createdAt = now;
    }

    /**
     * The phone's code confirmed it: warned from now on, in this language. A subscription that was not confirmed
     * (new, or ended) takes the fresh token id; one confirmed already keeps its own, so that the links it was sent
     * still work, and only changes its language.
     */
    public void confirm(Language newLanguage, String freshTokenId, Instant now) {
        if (status != SubscriptionStatus.CONFIRMED) {
            tokenId = freshTokenId;
            status = SubscriptionStatus.CONFIRMED;
            unsubscribedAt = null;
        }
        language = newLanguage.tag();
        confirmedAt = now;
    }

    /**
     * No more warnings. Ending one that was not confirmed changes nothing.
     *
     * @return whether it had been confirmed
     */
    public boolean unsubscribe(Instant now) {
        if (status != SubscriptionStatus.CONFIRMED) {
            return false;
        }
        status = SubscriptionStatus.UNSUBSCRIBED;
        unsubscribedAt = now;
        return true;
    }

    public Long id() {
        return id;
    }

    public String tokenId() {
        return tokenId;
    }

    /** In E.164. */
    public String phone() {
        return phone;
    }

    public String phoneHash() {
        return phoneHash;
    }

    public String divisionCode() {
        return divisionCode;
    }

    public Language language() {
        return Language.fromTag(language).orElse(Language.DEFAULT);
    }

    public SubscriptionStatus status() {
        return status;
    }

    public boolean confirmed() {
        return status == SubscriptionStatus.CONFIRMED;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> confirmedAt() {
        return Optional.ofNullable(confirmedAt);
    }

    public Optional<Instant> unsubscribedAt() {
        return Optional.ofNullable(unsubscribedAt);
    }
}
