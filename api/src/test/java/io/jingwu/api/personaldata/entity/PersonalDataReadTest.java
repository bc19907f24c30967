package io.jingwu.api.personaldata.entity;

import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.staff.entity.StaffRole;
import io.jingwu.api.units.entity.Unit;
import io.jingwu.api.units.entity.UnitKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PersonalDataReadTest {

    private static final StaffActor CLERK = new StaffActor("zhang.wei", Set.of(StaffRole.CLERK), Set.of(7L));
    private static final Instant NOW = Instant.parse("2026-11-24T02:15:00Z");
    private static final Unit ZHILI = Unit.create("HUZ-ZL-LIVELIHOOD", "织里民生服务队", "Zhili livelihood service team",
            UnitKind.LIVELIHOOD_TEAM, List.of("330502100"));

    @Test
    void recordsWhoWhenWhichFieldsWhyAndFromWhere() {
        PersonalDataRead read = PersonalDataRead.of(42, ZHILI, CLERK,
                EnumSet.of(PersonalField.CONTACT_PHONE, PersonalField.CONTACT_NAME), "  回访核实  ", "10.0.0.8", NOW);

        assertEquals(42, read.requestId());
        assertEquals("zhang.wei", read.reader());
        assertEquals(StaffRole.CLERK, read.readerRole().orElseThrow());
        assertEquals(ZHILI, read.readerUnit().orElseThrow());
        assertEquals(EnumSet.of(PersonalField.CONTACT_NAME, PersonalField.CONTACT_PHONE), read.fields());
        assertEquals("回访核实", read.purpose());
        assertEquals("10.0.0.8", read.clientAddress());
        assertEquals(NOW, read.readAt());
    }

    /** A citizen is told the role the reader serves the unit in: the senior one of a clerk who also supervises. */
    @Test
    void theReadersRoleIsTheOneTheyServeTheUnitIn() {
        StaffActor both = new StaffActor("li.na", Set.of(StaffRole.CLERK, StaffRole.SUPERVISOR), Set.of(7L));

        PersonalDataRead read = PersonalDataRead.of(42, ZHILI, both, EnumSet.allOf(PersonalField.class), "回访", null, NOW);

        assertEquals(StaffRole.SUPERVISOR, read.readerRole().orElseThrow());
    }

    @Test
    void aReadWithoutPurposeOrFieldsIsNotARead() {
        assertThrows(IllegalArgumentException.class,
                () -> PersonalDataRead.of(42, ZHILI, CLERK, EnumSet.allOf(PersonalField.class), " ", null, NOW));
        assertThrows(IllegalArgumentException.class,
                () -> PersonalDataRead.of(42, ZHILI, CLERK, EnumSet.allOf(PersonalField.class), null, null, NOW));
        assertThrows(IllegalArgumentException.class,
                () -> PersonalDataRead.of(42, ZHILI, CLERK, EnumSet.noneOf(PersonalField.class), "回访", null, NOW));
    }
}
