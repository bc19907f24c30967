package io.jingwu.api.routing.entity;

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
import java.util.Comparator;

/**
 * (request type, category, division prefix) -> unit, where an empty type, category or prefix means "any".
 * Among the rules that match a request, the most specific wins: the longest division prefix, then a named
 * category, then a named type. Two rules with the same three values would tie, so the database refuses the
 * second (unique key).
 */
@Entity
@Table(name = "routing_rules")
@NamedQuery(name = RoutingRule.IN_FORCE, query = "SELECT r FROM RoutingRule r JOIN FETCH r.unit u WHERE u.active = TRUE")
@NamedQuery(name = RoutingRule.ALL, query = "SELECT r FROM RoutingRule r JOIN FETCH r.unit ORDER BY r.id")
public class RoutingRule {

    public static final String IN_FORCE = "RoutingRule.inForce";
    public static final String ALL = "RoutingRule.all";

    /** Most specific first. */
    public static final Comparator<RoutingRule> MOST_SPECIFIC_FIRST = Comparator
            .comparingInt((RoutingRule r) -> r.divisionPrefix.length())
            .thenComparing(r -> !r.category.isEmpty())
            .thenComparing(r -> !r.requestType.isEmpty())
            .reversed();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_type")
    private String requestType;

    private String category;

    @Column(name = "division_prefix")
    private String divisionPrefix;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected RoutingRule() {
    }

    /** Blank type, category or prefix stand for "any". */
    public RoutingRule(String requestType, String category, String divisionPrefix, Unit unit, Instant createdAt) {
        this.requestType = requestType == null ? "" : requestType.strip();
        this.category = category == null ? "" : category.strip();
        this.divisionPrefix = divisionPrefix == null ? "" : divisionPrefix.strip();
        this.unit = unit;
        this.createdAt = createdAt;
    }

    public boolean matches(String type, String requestCategory, String divisionCode) {
        return (requestType.isEmpty() || requestType.equals(type))
                && (category.isEmpty() || category.equals(requestCategory))
                && divisionCode.startsWith(divisionPrefix);
    }

    /** The catch-all rule: any type, any category, anywhere. */
    public boolean isFallback() {
        return requestType.isEmpty() && category.isEmpty() && divisionPrefix.isEmpty();
    }

    public Long id() {
        return id;
    }

    public String requestType() {
        return requestType;
    }

    public String category() {
        return category;
    }

    public String divisionPrefix() {
        return divisionPrefix;
    }

    public Unit unit() {
        return unit;
    }
}
