package io.jingwu.api.sla.entity;

import io.jingwu.api.requests.entity.EventAction;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.requests.entity.SlaStage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/** A supervisor's notice that a request of their unit nears a deadline ({@code SLA_WARNED}) or missed it. */
@Entity
@Table(name = "staff_alerts")
@NamedQuery(name = StaffAlert.OF_RECIPIENT, query = """
        SELECT a FROM StaffAlert a JOIN FETCH a.request
        WHERE a.recipient = :recipient ORDER BY a.createdAt DESC, a.id DESC""")
public class StaffAlert {

    /** Parameter {@code recipient}: a username; newest first. */
    public static final String OF_RECIPIENT = "StaffAlert.ofRecipient";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String recipient;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", updatable = false)
    private ServiceRequest request;

    /** {@link EventAction#SLA_WARNED} or {@link EventAction#SLA_BREACHED}. */
    @Enumerated(EnumType.STRING)
    private EventAction kind;

    @Enumerated(EnumType.STRING)
    private SlaStage stage;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected StaffAlert() {
    }

    public StaffAlert(String recipient, ServiceRequest request, EventAction kind, SlaStage stage, Instant dueAt,
                      Instant now) {
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.request = Objects.requireNonNull(request, "request");
        this.kind = kind;
        this.stage = stage;
        this.dueAt = dueAt;
        this.createdAt = now;
    }

    /** Reading it again keeps the first time. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public ServiceRequest request() {
        return request;
    }

    public EventAction kind() {
        return kind;
    }

    public SlaStage stage() {
        return stage;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
