package io.jingwu.api.fraud.warnings.entity;

import io.jingwu.api.fraud.scams.entity.ScamKind;
import jakarta.persistence.Column;
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
 * A warning of a scam, as an anti-fraud centre published it to an area's followers, and how far its text messages
 * have been queued. They are queued in batches, one transaction each, phone by phone in the order of their lookup
 * hashes: each batch moves the cursor past the last phone it reached and counts what it queued, in its own
 * transaction, so a publication cut short goes on where it stopped and sends no phone the warning twice.
 */
@Entity
@Table(name = "fraud_warnings")
@NamedQuery(name = FraudWarning.NEWEST, query = "SELECT w FROM FraudWarning w ORDER BY w.publishedAt DESC, w.id DESC")
@NamedQuery(name = FraudWarning.STALLED, query = "SELECT w.id FROM FraudWarning w"
        + " WHERE w.completedAt IS NULL AND w.progressedAt < :before ORDER BY w.id")
public class FraudWarning {

    public static final String NEWEST = "FraudWarning.newest";
    /** Parameter {@code before}: the ids of unfinished warnings that have not moved since then. */
    public static final String STALLED = "FraudWarning.stalled";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "division_code", updatable = false)
    private String divisionCode;

    @Column(name = "division_prefix", updatable = false)
    private String divisionPrefix;

    @Column(name = "text_zh", updatable = false)
    private String textZh;

    @Column(name = "text_en", updatable = false)
    private String textEn;

    @Column(name = "text_ru", updatable = false)
    private String textRu;

    @Enumerated(EnumType.STRING)
    @Column(name = "scam_kind", updatable = false)
    private ScamKind scamKind;

    @Column(name = "published_by", updatable = false)
    private String publishedBy;

    @Column(name = "published_at", updatable = false)
    private Instant publishedAt;

    private int queued;

    @Column(name = "cursor_hash")
    private String cursorHash;

    @Column(name = "progressed_at")
    private Instant progressedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected FraudWarning() {
    }

    /** @param scamKind the kind of scam it warns of, or null */
    public FraudWarning(WarningArea area, WarningTexts texts, ScamKind scamKind, String publishedBy, Instant now) {
        this.divisionCode = area.divisionCode();
        this.divisionPrefix = area.prefix();
        this.textZh = texts.zh();
        this.textEn = texts.en();
        this.textRu = texts.ru();
        this.scamKind = scamKind;
        this.publishedBy = publishedBy;
        this.publishedAt = now;
        this.cursorHash = "";
        this.progressedAt = now;
    }

    /**
     * A batch queued {@code count} messages, for the phones up to and including {@code lastPhoneHash}.
     *
     * @throws IllegalStateException when the warning is complete, or the cursor would not move forward
     */
    public void queuedUpTo(String lastPhoneHash, int count, Instant now) {
        if (completedAt != null || lastPhoneHash.compareTo(cursorHash) <= 0) {
            throw new IllegalStateException("Warning " + id + " is past " + lastPhoneHash);
        }
        cursorHash = lastPhoneHash;
        queued += count;
        progressedAt = now;
    }

    /** Every follower has their message queued. */
    public void complete(Instant now) {
        if (completedAt == null) {
            completedAt = now;
            progressedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public WarningArea area() {
        return new WarningArea(divisionCode, divisionPrefix);
    }

    public WarningTexts texts() {
        return new WarningTexts(textZh, textEn, textRu);
    }

    public Optional<ScamKind> scamKind() {
        return Optional.ofNullable(scamKind);
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    /** How many messages were queued so far. */
    public int queued() {
        return queued;
    }

    /** The lookup hash of the last phone reached; empty before the first batch. */
    public String cursor() {
        return cursorHash;
    }

    public boolean completed() {
        return completedAt != null;
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }
}
