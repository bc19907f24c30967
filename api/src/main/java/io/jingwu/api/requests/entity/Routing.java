package io.jingwu.api.requests.entity;

import io.jingwu.api.units.entity.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.util.Objects;

/**
 * Where routing sent a request at submission and why, fixed from then on, and how often it was transferred since
 * (回流): back-flow and diversion are measured against it. A value: a transfer gives a new one.
 */
@Embeddable
public class Routing {

    /** The unit routing chose. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "routed_unit_id", updatable = false)
    private Unit routedUnit;

    /** Why this unit, in words the citizen understands. */
    @Column(name = "routing_reason")
    private String reason;

    /** Where it happened, which the rule matched. */
    @Column(name = "division_code")
    private String divisionCode;

    /** Each transfer after routing is a routing error. */
    @Column(name = "backflow_count")
    private int backflowCount;

    protected Routing() {
    }

    private Routing(Unit routedUnit, String reason, String divisionCode, int backflowCount) {
        this.routedUnit = routedUnit;
        this.reason = reason;
        this.divisionCode = divisionCode;
        this.backflowCount = backflowCount;
    }

    /** To the unit, no transfer yet. */
    static Routing to(Unit routedUnit, String reason, String divisionCode) {
        return new Routing(routedUnit, reason, divisionCode, 0);
    }

    /** The same routing, with one more transfer. */
    Routing transferred() {
        return new Routing(routedUnit, reason, divisionCode, backflowCount + 1);
    }

    public Unit routedUnit() {
        return routedUnit;
    }

    public String reason() {
        return reason;
    }

    public String divisionCode() {
        return divisionCode;
    }

    /** How many times it was transferred after routing (回流). */
    public int backflowCount() {
        return backflowCount;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Routing that && Objects.equals(routedUnit, that.routedUnit)
                && Objects.equals(reason, that.reason)
                && Objects.equals(divisionCode, that.divisionCode) && backflowCount == that.backflowCount;
    }

    @Override
    public int hashCode() {
        return Objects.hash(routedUnit, reason, divisionCode, backflowCount);
    }

    @Override
    public String toString() {
        return "Routing[division " + divisionCode + ", back-flow " + backflowCount + "]";
    }
}
