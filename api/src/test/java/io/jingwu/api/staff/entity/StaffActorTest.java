package io.jingwu.api.staff.entity;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaffActorTest {

    @Test
    void servesOnlyItsOwnUnits() {
        StaffActor clerk = new StaffActor("wang.li", Set.of(StaffRole.CLERK), Set.of(5L, 7L));

        assertTrue(clerk.servesUnit(5L));
        assertFalse(clerk.servesUnit(6L));
        assertFalse(clerk.servesUnit(null));
    }

    @Test
    void aChangeToTheGivenSetsDoesNotChangeTheActor() {
        Set<Long> units = new HashSet<>(Set.of(5L));
        StaffActor clerk = new StaffActor("wang.li", Set.of(StaffRole.CLERK), units);

        units.add(6L);

        assertFalse(clerk.servesUnit(6L));
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
