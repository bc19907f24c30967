package io.jingwu.api.fraud.reports.entity;

import io.jingwu.api.fraud.scams.entity.ScamKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * A fraud report's figures, for the anti-fraud index: where, which kind of report and scam, the money lost or at
 * risk, and the money the stop-payment saved. Written when the report is submitted; the stop-payment outcome is
 * recorded by the clerk who resolves it.
 */
@Entity
@Table(name = "fraud_cases")
public class FraudCase {

    public static final int COUNTY_DIGITS = 6;

    @Id
    @Column(name = "request_id")
    private Long requestId;

    private String category;

    @Column(name = "division_code")
    private String divisionCode;

    @Column(name = "county_code")
    private String countyCode;

    @Column(name = "scam_kind")
    @Enumerated(EnumType.STRING)
    private ScamKind scamKind;

    @Column(name = "amount_lost")
    private BigDecimal amountLost;

    @Column(name = "amount_at_risk")
    private BigDecimal amountAtRisk;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Column(name = "amount_stopped")
    private BigDecimal amountStopped;

    @Column(name = "stop_recorded_at")
    private Instant stopRecordedAt;

    @Column(name = "stop_recorded_by")
    private String stopRecordedBy;

    protected FraudCase() {
    }

    public static FraudCase of(long requestId, String category, String divisionCode, ScamKind scamKind,
                               BigDecimal amountLost, BigDecimal amountAtRisk, Instant reportedAt) {
        FraudCase fraudCase = new FraudCase();
        fraudCase.requestId = requestId;
        fraudCase.category = category;
        fraudCase.divisionCode = divisionCode;
        fraudCase.countyCode = divisionCode.substring(0, Math.min(COUNTY_DIGITS, divisionCode.length()));
        fraudCase.scamKind = scamKind;
        fraudCase.amountLost = amountLost;
        fraudCase.amountAtRisk = amountAtRisk;
        fraudCase.reportedAt = reportedAt;
        return fraudCase;
    }

    /**
     * The amount the stop-payment saved; a later record replaces an earlier one (a correction), keeping who and when.
     *
     * @throws IllegalArgumentException when negative, or more than was lost or at risk
     */
    public void recordStopPayment(BigDecimal stopped, String by, Instant now) {
        if (stopped.signum() < 0 || ceiling().map(most -> stopped.compareTo(most) > 0).orElse(false)) {
            throw new IllegalArgumentException("A stop-payment saves between nothing and what was lost");
        }
        amountStopped = stopped;
        stopRecordedBy = by;
        stopRecordedAt = now;
    }

    /** What a stop-payment can save at most: the money lost, or the money at risk at a counter. */
    public Optional<BigDecimal> ceiling() {
        return Optional.ofNullable(amountLost != null ? amountLost : amountAtRisk);
    }

    public long requestId() {
        return requestId;
    }

    public String category() {
        return category;
    }

    public String countyCode() {
        return countyCode;
    }

    public Optional<ScamKind> scamKind() {
        return Optional.ofNullable(scamKind);
    }

    public Optional<BigDecimal> amountLost() {
        return Optional.ofNullable(amountLost);
    }

    public Optional<BigDecimal> amountStopped() {
        return Optional.ofNullable(amountStopped);
    }

    public Optional<String> stopRecordedBy() {
        return Optional.ofNullable(stopRecordedBy);
    }

    public Optional<Instant> stopRecordedAt() {
        return Optional.ofNullable(stopRecordedAt);
    }

    public Instant reportedAt() {
        return reportedAt;
    }
}
