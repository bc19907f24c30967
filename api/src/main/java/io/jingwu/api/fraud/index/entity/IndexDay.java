package io.jingwu.api.fraud.index.entity;

import io.jingwu.api.fraud.scams.entity.ScamKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A county's anti-fraud index for one day, as the timer computed it: the window's figures, the population they were
 * divided by, the score, the level and the scams most reported. Written only by the timer (an UPSERT), read by the
 * public answers.
 */
@Entity
@Table(name = "fraud_index_days")
@IdClass(IndexDay.Key.class)
@NamedQuery(name = IndexDay.OF_COUNTY, query = "SELECT d FROM IndexDay d WHERE d.countyCode = :county"
        + " AND d.day BETWEEN :first AND :last ORDER BY d.day")
@NamedQuery(name = IndexDay.OF_DAY, query = "SELECT d FROM IndexDay d WHERE d.day = :day ORDER BY d.countyCode")
@NamedQuery(name = IndexDay.LATEST, query = "SELECT MAX(d.day) FROM IndexDay d WHERE d.day <= :day")
public class IndexDay {

    /** Parameters {@code county}, {@code first}, {@code last} (days, both included): oldest first. */
    public static final String OF_COUNTY = "IndexDay.ofCounty";
    /** Parameter {@code day}: every county's, by code. */
    public static final String OF_DAY = "IndexDay.ofDay";
    /** Parameter {@code day}: the newest day computed up to it, of any county. */
    public static final String LATEST = "IndexDay.latest";

    @Id
    @Column(name = "county_code")
    private String countyCode;

    @Id
    private LocalDate day;

    private long population;

    @Column(name = "victim_reports")
    private int victimReports;

    @Column(name = "suspicious_contacts")
    private int suspiciousContacts;

    @Column(name = "bank_alarms")
    private int bankAlarms;

    @Column(name = "amount_lost")
    private BigDecimal amountLost;

    @Column(name = "amount_stopped")
    private BigDecimal amountStopped;

    private BigDecimal score;

    private int level;

    @Column(name = "top_scam_kinds")
    private String topScamKinds;

    @Column(name = "computed_at")
    private Instant computedAt;

    protected IndexDay() {
    }

    /** The stored form of the scams most reported: {@code KIND=reports}, comma-separated, most reported first. */
    public static String topScamKindsColumn(List<ScamKindCount> kinds) {
        return kinds.stream().map(kind -> kind.kind().name() + "=" + kind.reports()).collect(Collectors.joining(","));
    }

    public String countyCode() {
        return countyCode;
    }

    public LocalDate day() {
        return day;
    }

    public long population() {
        return population;
    }

    public WindowFigures figures() {
        return new WindowFigures(victimReports, suspiciousContacts, bankAlarms, amountLost, amountStopped);
    }

    public BigDecimal score() {
        return score;
    }

    public RiskLevel level() {
        return RiskLevel.ofNumber(level);
    }

    /** Most reported first; a kind no longer known is left out. */
    public List<ScamKindCount> topScamKinds() {
        return topScamKinds.isEmpty() ? List.of() : Arrays.stream(topScamKinds.split(","))
                .map(IndexDay::scamKindCount).flatMap(Optional::stream).toList();
    }

    public Instant computedAt() {
        return computedAt;
    }

    private static Optional<ScamKindCount> scamKindCount(String stored) {
        String[] kindAndReports = stored.split("=");
        return Arrays.stream(ScamKind.values()).filter(kind -> kind.name().equals(kindAndReports[0])).findFirst()
                .map(kind -> new ScamKindCount(kind, Integer.parseInt(kindAndReports[1])));
    }

    /** The primary key: a county and a day. */
    public static class Key implements Serializable {

        private String countyCode;
        private LocalDate day;

        public Key() {
        }

        public Key(String countyCode, LocalDate day) {
            this.countyCode = countyCode;
            this.day = day;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && countyCode.equals(key.countyCode) && day.equals(key.day);
        }

        @Override
        public int hashCode() {
            return countyCode.hashCode() * 31 + day.hashCode();
        }
    }
}
