package io.jingwu.api.requests.entity;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.units.entity.Unit;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A citizen's request, from submission to the return visit. It keeps its own rules: every move goes through
 * a method of this class, which refuses an illegal one and records the move as an event.
 */
@Entity
@Table(name = "requests")
@NamedQuery(name = ServiceRequest.BY_TRACKING_NUMBER,
        query = "SELECT r FROM ServiceRequest r JOIN FETCH r.unit WHERE r.trackingNumber = :trackingNumber")
@NamedQuery(name = ServiceRequest.NEWEST,
        query = "SELECT r FROM ServiceRequest r JOIN FETCH r.unit ORDER BY r.createdAt DESC, r.id DESC")
public class ServiceRequest {

    public static final String BY_TRACKING_NUMBER = "ServiceRequest.byTrackingNumber";
    public static final String NEWEST = "ServiceRequest.newest";

    /** Who a citizen's own moves are attributed to in the event trail. */
    public static final String CITIZEN = "citizen";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tracking_number", updatable = false)
    private String trackingNumber;

    @Enumerated(EnumType.STRING)
    private RequestType type;

    private String category;

    @Enumerated(EnumType.STRING)
    private RequestStatus status;

    @Enumerated(EnumType.STRING)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Column(name = "lang")
    private String language;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(name = "division_code")
    private String divisionCode;

    @Column(name = "routing_reason")
    private String routingReason;

    private String description;

    private String address;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_phone")
    private String contactPhone;

    /** The answers to the service's own questions, as a JSON object. */
    private String answers;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<RequestEvent> events = new ArrayList<>();

    protected ServiceRequest() {
    }

    /**
     * A new request in the queue of the unit it was routed to.
     *
     * @param routingReason why this unit, in words the citizen understands
     * @param answersJson   the submission's answers, serialised as a JSON object
     */
    public static ServiceRequest submit(TrackingNumber trackingNumber, Submission submission, String answersJson,
                                        Unit unit, String routingReason, Instant now) {
        ServiceRequest request = new ServiceRequest();
        request.trackingNumber = trackingNumber.value();
        request.type = submission.type();
        request.category = submission.category();
        request.status = RequestStatus.SUBMITTED;
        request.priority = submission.priority();
        request.channel = submission.channel();
        request.language = submission.language().tag();
        request.unit = unit;
        request.divisionCode = submission.divisionCode();
        request.routingReason = routingReason;
        request.description = submission.description();
        request.address = submission.address();
        request.contactName = submission.contactName();
        request.contactPhone = submission.contactPhone();
        request.answers = answersJson;
        request.createdAt = now;
        request.updatedAt = now;
        request.events.add(RequestEvent.of(request, EventAction.SUBMITTED, null, RequestStatus.SUBMITTED,
                CITIZEN, routingReason, now));
        return request;
    }

    public TrackingNumber trackingNumber() {
        return new TrackingNumber(trackingNumber);
    }

    public RequestType type() {
        return type;
    }

    public String category() {
        return category;
    }

    public RequestStatus status() {
        return status;
    }

    public Priority priority() {
        return priority;
    }

    public Channel channel() {
        return channel;
    }

    public Language language() {
        return Language.fromTag(language).orElse(Language.DEFAULT);
    }

    public Unit unit() {
        return unit;
    }

    public String divisionCode() {
        return divisionCode;
    }

    public String routingReason() {
        return routingReason;
    }

    public String contactName() {
        return contactName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<RequestEvent> events() {
        return List.copyOf(events);
    }
}
