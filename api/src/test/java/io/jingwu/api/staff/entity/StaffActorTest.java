package io.jingwu.api.staff.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaffActorTest {

    @Test
    void answersForItsRolesAndUnits() {
        StaffActor both = new StaffActor("li.na", Set.of(StaffRole.CLERK, StaffRole.SUPERVISOR), Set.of(6L, 8L));
        StaffActor admin = new StaffActor("admin", Set.of(StaffRole.ADMIN), Set.of());

        assertTrue(both.isClerk());
        assertTrue(both.isSupervisor());
        assertTrue(both.servesUnit(8L));
        assertFalse(both.servesUnit(7L));
        assertFalse(both.servesUnit(null));
        assertTrue(admin.isAdmin());
        assertFalse(both.isAdmin());
        assertFalse(admin.isClerk());
        assertFalse(admin.isSupervisor());
        assertFalse(admin.servesUnit(6L));
    }

    @Test
    void onlyClerksAndSupervisorsWorkTheRequestsOfTheirUnits() {
        StaffActor clerk = new StaffActor("li.na", Set.of(StaffRole.CLERK), Set.of(6L));
        StaffActor supervisor = new StaffActor("zhao.lei", Set.of(StaffRole.SUPERVISOR), Set.of(6L));
        StaffActor boundAdmin = new StaffActor("admin", Set.of(StaffRole.ADMIN), Set.of(6L));
        StaffActor adminAndClerk = new StaffActor("chen.jie", Set.of(StaffRole.ADMIN, StaffRole.CLERK), Set.of(6L));

        assertTrue(clerk.worksRequests() && clerk.servesUnit(6L));
        assertTrue(supervisor.worksRequests() && supervisor.servesUnit(6L));
        assertTrue(adminAndClerk.worksRequests() && adminAndClerk.servesUnit(6L));
        assertFalse(boundAdmin.worksRequests());
        assertFalse(boundAdmin.servesUnit(6L), "an administrator bound to a unit manages it, and reaches none of its requests");
        assertEquals(Set.of(), boundAdmin.workedUnitIds());
        assertEquals(Set.of(6L), boundAdmin.unitIds(), "still bound to it");
    }

    @Test
    void cannotBeChangedThroughTheSetsItWasBuiltFrom() {
        Set<Long> units = new HashSet<>(Set.of(6L));
        StaffActor clerk = new StaffActor("li.na", Set.of(StaffRole.CLERK), units);

        units.add(8L);

        assertFalse(clerk.servesUnit(8L));
        assertEquals(Set.of(), new StaffActor("li.na", null, null).roles());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void needsAUsername(String username) {
        assertThrows(IllegalArgumentException.class, () -> new StaffActor(username, Set.of(StaffRole.CLERK), Set.of()));
    }

    @Test
    void survivesTheSessionsSerialization() throws Exception {
        StaffActor admin = new StaffActor("admin", Set.of(StaffRole.ADMIN, StaffRole.SUPERVISOR), Set.of(1L));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(admin);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(admin, in.readObject());
        }
    }
}
