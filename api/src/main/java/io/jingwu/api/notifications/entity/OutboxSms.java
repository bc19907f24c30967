package io.jingwu.api.notifications.entity;

import io.jingwu.api.platform.crypto.EncryptedText;
import io.jingwu.api.platform.crypto.LookupHashes;
import io.jingwu.api.requests.entity.ServiceRequest;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A text message in the outbox, from the moment the change that caused it commits until it is sent or given up.
 * Phone and text are stored encrypted. Its message id stays the same on every attempt, so that a provider which
 * accepted it once drops a repeat.
 */
@Entity
@Table(name = "sms_outbox")
@NamedQuery(name = OutboxSms.NEWEST, query = "SELECT m FROM OutboxSms m LEFT JOIN FETCH m.request ORDER BY m.id DESC")
@NamedQuery(name = OutboxSms.NEWEST_TO_PHONE, query = "SELECT m FROM OutboxSms m LEFT JOIN FETCH m.request"
        + " WHERE m.phoneHash = :hash ORDER BY m.id DESC")
public class OutboxSms {

    public static final String NEWEST = "OutboxSms.newest";
    /** Parameter {@code hash}: {@link LookupHashes#phone(String)} of the E.164 number. */
    public static final String NEWEST_TO_PHONE = "OutboxSms.newestToPhone";

    /** The longest reason for a failure kept. */
    public static final int MAX_ERROR = 200;

    /**
     * The purposes of messages that carry a one-time code end in this ({@code access-code}, {@code identity-code}).
     * Whoever reads such a code can open what it guards, so staff never see its digits ({@link #textForStaff()}).
     */
    public static final String ONE_TIME_CODE_PURPOSE = "-code";

    /** A one-time code (six digits) among the other words of its message: a run of six digits or more. */
    private static final Pattern CODE_DIGITS = Pattern.compile("(?<![0-9])[0-9]{6,}(?![0-9])");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_id", updatable = false)
    private String messageId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id", updatable = false)
    private ServiceRequest request;

    @Column(updatable = false)
    @Convert(converter = EncryptedText.class)
    private String phone;

    @Column(name = "phone_hash", updatable = false)
    private String phoneHash;

    @Column(updatable = false)
    @Convert(converter = EncryptedText.class)
    private String message;

    @Column(updatable = false)
    private String purpose;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "failed_at")
    private Instant failedAt;

    @Column(name = "last_error")
    private String lastError;

    private int attempts;

    protected OutboxSms() {
    }

    /**
     * Due at once.
     *
     * @param request the request it is about; null for none
     */
    public OutboxSms(String phone, String message, String purpose, ServiceRequest request, Instant createdAt) {
        this.messageId = UUID.randomUUID().toString();
        this.phone = phone;
        this.message = message;
        this.purpose = purpose;
        this.request = request;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    /** The provider accepted it. */
    public void delivered(Instant now) {
        attempts++;
        sentAt = now;
        lastError = null;
    }

    /**
     * An attempt failed: tried again when the schedule says, or given up after the last attempt.
     *
     * @param error why, in words without the phone or the text (the provider's error code)
     */
    public void notDelivered(String error, Instant now, RetrySchedule schedule) {
        attempts++;
        lastError = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
        schedule.nextAttempt(attempts, now).ifPresentOrElse(next -> nextAttemptAt = next, () -> failedAt = now);
    }

    @PrePersist
    void hashPhone() {
        phoneHash = LookupHashes.phone(phone);
    }

    public Long id() {
        return id;
    }

    public String messageId() {
        return messageId;
    }

    public Optional<ServiceRequest> request() {
        return Optional.ofNullable(request);
    }

    /** In E.164. */
    public String phone() {
        return phone;
    }

    public String text() {
        return message;
    }

    public boolean carriesOneTimeCode() {
        return purpose != null && purpose.endsWith(ONE_TIME_CODE_PURPOSE);
    }

    /**
     * The text as staff may read it: the digits of a one-time code masked ({@code ******}), since a code read in the
     * outbox would open the citizen's request past the audit of personal-data reads; any other text as sent.
     */
    public String textForStaff() {
        return carriesOneTimeCode()
                ? CODE_DIGITS.matcher(message).replaceAll(digits -> "*".repeat(digits.group().length()))
                : message;
    }

    /**
     * Why it was sent: {@code access-code} or {@code identity-code} for a one-time code (see
     * {@link #ONE_TIME_CODE_PURPOSE}), or {@code notice.<kind>} for a step of a request.
     */
    public String purpose() {
        return purpose;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    public Optional<Instant> failedAt() {
        return Optional.ofNullable(failedAt);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public int attempts() {
        return attempts;
    }
}
