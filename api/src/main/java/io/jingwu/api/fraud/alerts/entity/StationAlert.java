package io.jingwu.api.fraud.alerts.entity;

import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.units.entity.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * A bank counter's alarm, as the police station of the branch's division sees it: which branch, where, when; nothing
 * about the customer. Open until an officer acknowledges it (they are on their way).
 */
@Entity
@Table(name = "fraud_station_alerts")
@NamedQuery(name = StationAlert.OF_UNITS, query = "SELECT a FROM StationAlert a JOIN FETCH a.request JOIN FETCH a.unit"
        + " WHERE a.unit.id IN :unitIds AND a.createdAt >= :since ORDER BY a.acknowledgedAt, a.createdAt DESC, a.id DESC")
public class StationAlert {

    /** Parameters {@code unitIds}, {@code since}: open ones first, newest first. */
    public static final String OF_UNITS = "StationAlert.ofUnits";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", updatable = false)
    private ServiceRequest request;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", updatable = false)
    private Unit unit;

    private String branch;

    @Column(name = "branch_address")
    private String branchAddress;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    protected StationAlert() {
    }

    public StationAlert(ServiceRequest request, Unit station, String branch, String branchAddress, Instant now) {
        this.request = Objects.requireNonNull(request, "request");
        this.unit = Objects.requireNonNull(station, "station");
        this.branch = branch;
        this.branchAddress = branchAddress;
        this.createdAt = now;
    }

    /** The first acknowledgement counts; another changes nothing. */
    public void acknowledge(String by, Instant now) {
        if (acknowledgedAt == null) {
            acknowledgedAt = now;
            acknowledgedBy = by;
        }
    }

    public boolean servedBy(Collection<Long> unitIds) {
        return unitIds.contains(unit.id());
    }

    public Long id() {
        return id;
    }

    public ServiceRequest request() {
        return request;
    }

    public Unit unit() {
        return unit;
    }

    public String branch() {
        return branch;
    }

    public String branchAddress() {
        return branchAddress;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> acknowledgedAt() {
        return Optional.ofNullable(acknowledgedAt);
    }

    public Optional<String> acknowledgedBy() {
        return Optional.ofNullable(acknowledgedBy);
    }
}
