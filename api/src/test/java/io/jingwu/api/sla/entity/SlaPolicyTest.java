package io.jingwu.api.sla.entity;

import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.catalogue.entity.RequestType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlaPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");

    private static SlaPolicy policy(String category, Priority priority, int acceptMinutes) {
        return new SlaPolicy(RequestType.DISPUTE, category, priority, acceptMinutes, 4320, Basis.WALL_CLOCK, NOW);
    }

    private final SlaPolicy any = policy(null, null, 30);
    private final SlaPolicy urgent = policy(null, Priority.URGENT, 10);
    private final SlaPolicy wages = policy("unpaid-wages", null, 20);
    private final SlaPolicy urgentWages = policy("unpaid-wages", Priority.URGENT, 5);
    private final List<SlaPolicy> all = List.of(any, urgent, wages, urgentWages);

    @Test
    void theMostSpecificPolicyWinsACategoryBeatingAPriority() {
        assertEquals(any, SlaPolicy.mostSpecific(all, "tenancy", Priority.NORMAL).orElseThrow());
        assertEquals(urgent, SlaPolicy.mostSpecific(all, "tenancy", Priority.URGENT).orElseThrow());
        assertEquals(wages, SlaPolicy.mostSpecific(all, "unpaid-wages", Priority.HIGH).orElseThrow());
        assertEquals(wages, SlaPolicy.mostSpecific(List.of(any, urgent, wages), "unpaid-wages", Priority.URGENT)
                .orElseThrow(), "a named category beats a named priority");
        assertEquals(urgentWages, SlaPolicy.mostSpecific(all, "unpaid-wages", Priority.URGENT).orElseThrow());
    }

    @Test
    void withoutACatchAllARequestMayFitNoPolicy() {
        assertTrue(SlaPolicy.mostSpecific(List.of(urgent, wages), "tenancy", Priority.NORMAL).isEmpty());
        assertTrue(any.isCatchAll());
        assertFalse(wages.isCatchAll());
    }

    @Test
    void anUrgentRequestCountsWallClockTimeWhateverTheBasis() {
        SlaPolicy documents = new SlaPolicy(RequestType.DOCUMENT_REISSUE, null, null, 1440, 4320, Basis.WORKING, NOW);
        assertEquals(Basis.WORKING, documents.basisFor(Priority.HIGH));
        assertEquals(Basis.WALL_CLOCK, documents.basisFor(Priority.URGENT));
    }
}
