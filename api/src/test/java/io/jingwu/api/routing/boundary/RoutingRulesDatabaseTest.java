package io.jingwu.api.routing.boundary;

import io.jingwu.api.platform.revisions.Revisions;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.routing.entity.RoutingRule;
import io.jingwu.api.testing.RolledBackTransaction;
import io.jingwu.api.testing.StoredRequests;
import io.jingwu.api.units.entity.Unit;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Removing a rule leaves the requests it routed where they are, only no longer pointing at it. */
class RoutingRulesDatabaseTest {

    private static final Instant NOW = Instant.parse("2026-11-24T02:15:00Z");

    @RegisterExtension
    final RolledBackTransaction database = new RolledBackTransaction();

    private final EntityManager em = database.em();
    private final RoutingRules rules = new RoutingRules();

    RoutingRulesDatabaseTest() {
        rules.em = em;
        rules.revisions = new Revisions(em);
    }

    @Test
    void theRequestsARemovedRuleRoutedKeepTheirRouting() {
        Unit unit = StoredRequests.unit(em);
        long id = StoredRequests.stored(em, unit, NOW).id();
        RoutingRule rule = em.createQuery("SELECT r FROM RoutingRule r WHERE r.unit = :unit", RoutingRule.class)
                .setParameter("unit", unit).getSingleResult();

        rules.remove(rule.id());
        em.flush();
        em.clear();

        ServiceRequest request = em.find(ServiceRequest.class, id);
        assertAll(
                () -> assertNull(em.find(RoutingRule.class, rule.id())),
                () -> assertNull(em.createNativeQuery("SELECT routing_rule_id FROM requests WHERE id = ?")
                        .setParameter(1, id).getSingleResult()),
                () -> assertEquals(unit.id(), request.routing().routedUnit().id()),
                () -> assertEquals("330502100", request.routing().divisionCode()));
    }
}
