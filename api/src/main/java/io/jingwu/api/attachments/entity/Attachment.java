package io.jingwu.api.attachments.entity;

import io.jingwu.api.platform.crypto.EncryptedBytes;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An evidence image of a request, as it was stored: already checked and stripped of its metadata, so it holds
 * nothing but the picture. The picture is personal data and is encrypted in the column; its SHA-256 is of the
 * stored (decrypted) bytes. Who sent it is {@value #CITIZEN} or the user name of the member of staff.
 * An attachment is never changed after it is stored.
 */
@Entity
@Table(name = "attachments")
@NamedQuery(name = Attachment.OF_REQUEST, query = "SELECT a FROM Attachment a WHERE a.requestId = :requestId ORDER BY a.id")
@NamedQuery(name = Attachment.COUNT_OF_REQUEST, query = "SELECT COUNT(a) FROM Attachment a WHERE a.requestId = :requestId")
public class Attachment {

    public static final String OF_REQUEST = "Attachment.ofRequest";
    public static final String COUNT_OF_REQUEST = "Attachment.countOfRequest";
    public static final String CITIZEN = "citizen";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", updatable = false)
    private long requestId;

    @Column(name = "media_type", updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", updatable = false)
    private int sizeBytes;

    @Column(updatable = false)
    private int width;

    @Column(updatable = false)
    private int height;

    @Column(updatable = false)
    private String sha256;

    /** Read only when the picture itself is asked for: listing five attachments must not decrypt five images. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Convert(converter = EncryptedBytes.class)
    @Column(updatable = false)
    private byte[] content;

    @Column(name = "uploaded_by", updatable = false)
    private String uploadedBy;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected Attachment() {
    }

    public Attachment(long requestId, String mediaType, byte[] content, int width, int height, String sha256,
                      String uploadedBy, Instant createdAt) {
        this.requestId = requestId;
        this.mediaType = mediaType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.width = width;
        this.height = height;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public long requestId() {
        return requestId;
    }

    public String mediaType() {
        return mediaType;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public String sha256() {
        return sha256;
    }

    public byte[] content() {
        return content.clone();
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
