package io.jingwu.api.notifications.entity;

import io.jingwu.api.platform.crypto.EncryptedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A text message waiting in the outbox (or sent, once {@code sentAt} is set); phone and text stored encrypted. */
@Entity
@Table(name = "sms_outbox")
public class OutboxSms {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    @Convert(converter = EncryptedText.class)
    private String phone;

    @Column(updatable = false)
    @Convert(converter = EncryptedText.class)
    private String message;

    @Column(updatable = false)
    private String purpose;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    private int attempts;

    protected OutboxSms() {
    }

    public OutboxSms(String phone, String message, String purpose, Instant createdAt) {
        this.phone = phone;
        this.message = message;
        this.purpose = purpose;
        this.createdAt = createdAt;
    }
}
