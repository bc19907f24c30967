package io.jingwu.api.sla.boundary;

import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.platform.revisions.Revisions;
import io.jingwu.api.platform.validation.InputChecks;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.requests.entity.Submission;
import io.jingwu.api.sla.control.SlaClock;
import io.jingwu.api.testing.ComponentDatabase;
import io.jingwu.api.testing.SeparateTransaction;
import io.jingwu.api.testing.StoredRequests;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Two instances over one database: each holds the SLA policies in memory, and an administrator's new policy
 * made on one sets the deadlines of the very next request on the other.
 */
class SlaChangesAcrossInstancesDatabaseTest {

    private static final int NEW_ACCEPT_MINUTES = 7;

    /** The other instance: its own cache, its own connection, a transaction per request. */
    private final EntityManager other = ComponentDatabase.entityManagerFactory().createEntityManager();
    private final SlaClock otherClock = new SlaClock(other, Clock.systemUTC(), new Revisions(other), 0.2);
    private Long added;

    @AfterEach
    void removeThePolicyAndCloseTheInstance() {
        try {
            if (added != null) {
                onThisInstance(policies -> policies.remove(added));
            }
        } finally {
            other.close();
        }
    }

    @Test
    void aPolicySetOnOneInstanceAppliesToTheNextRequestOnTheOther() {
        int before = acceptMinutesOnTheOtherInstance();
        assertNotEquals(NEW_ACCEPT_MINUTES, before);

        onThisInstance(policies -> added = policies.upsert(new SlaPolicies.PolicyInput("DISPUTE", "general", "URGENT",
                NEW_ACCEPT_MINUTES, null, "WALL_CLOCK")).policy().id());

        assertEquals(NEW_ACCEPT_MINUTES, acceptMinutesOnTheOtherInstance(), "the new, more specific policy");
        onThisInstance(policies -> policies.remove(added));
        added = null;
        assertEquals(before, acceptMinutesOnTheOtherInstance(), "the policy removed");
    }

    /** The accept time the other instance promises an urgent dispute about wages in its next request. */
    private int acceptMinutesOnTheOtherInstance() {
        other.getTransaction().begin();
        try {
            Submission wages = StoredRequests.wagesDispute();
            ServiceRequest request = StoredRequests.stored(other, StoredRequests.unit(other), new Submission(
                    wages.type(), "general", wages.description(), wages.divisionCode(), wages.address(),
                    wages.contactName(), wages.contactPhone(), wages.language(), wages.channel(), wages.answers(),
                    Priority.URGENT), Priority.URGENT, Instant.now());
            return otherClock.policyFor(request).acceptMinutes();
        } finally {
            other.getTransaction().rollback();
            other.clear();
        }
    }

    private static void onThisInstance(Consumer<SlaPolicies> change) {
        try (SeparateTransaction admin = SeparateTransaction.begin()) {
            SlaPolicies policies = new SlaPolicies();
            policies.em = admin.em();
            policies.clock = Clock.systemUTC();
            policies.inputs = InputChecks.standalone();
            policies.revisions = new Revisions(admin.em());
            change.accept(policies);
            admin.commit();
        }
    }
}
