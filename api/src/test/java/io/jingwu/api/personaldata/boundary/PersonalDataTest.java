package io.jingwu.api.personaldata.boundary;

import io.jingwu.api.personaldata.InMemoryEntityManager;
import io.jingwu.api.personaldata.StoredRequests;
import io.jingwu.api.personaldata.entity.PersonalDataRead;
import io.jingwu.api.personaldata.entity.PersonalField;
import io.jingwu.api.platform.clientaddress.ClientAddress;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.staff.entity.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonalDataTest {

    private static final long ZHILI_TEAM = 7;
    private static final long CANGNAN_ELDERS = 9;
    private static final Instant NOW = Instant.parse("2026-11-24T02:15:00Z");
    private static final StaffActor ZHILI_CLERK =
            new StaffActor("zhang.wei", Set.of(StaffRole.CLERK), Set.of(ZHILI_TEAM));
    private static final StaffActor CANGNAN_CLERK =
            new StaffActor("lin.fang", Set.of(StaffRole.CLERK), Set.of(CANGNAN_ELDERS));

    private final InMemoryEntityManager database = new InMemoryEntityManager();
    private final PersonalData personalData = new PersonalData();
    private ServiceRequest wages;

    @BeforeEach
    void setUp() {
        personalData.em = database.proxy();
        personalData.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        personalData.clientAddress = new ClientAddress() {
            @Override
            public Optional<String> current() {
                return Optional.of("10.20.30.40");
            }
        };
        wages = StoredRequests.stored(42, ZHILI_TEAM, NOW);
        database.requests.put(42L, wages);
    }

    @Test
    void aClerkOfTheUnitGetsTheFullValuesAndTheReadIsLogged() {
        RevealedPersonalData revealed = personalData.reveal(42, ZHILI_CLERK, "回访前核实联系方式");

        assertEquals(wages.trackingNumber().formatted(), revealed.trackingNumber());
        assertEquals("𠮷田 花子", revealed.contactName());
        assertEquals("+8613812345678", revealed.contactPhone());
        assertEquals("织里镇大港路 88 号", revealed.address());
        assertEquals("老板拖欠三个月工资，一直不给。", revealed.description());
        assertEquals("{\"floor\":3}", revealed.answers());

        PersonalDataRead read = database.reads().get(0);
        assertEquals(1, database.reads().size());
        assertEquals(42, read.requestId());
        assertEquals("zhang.wei", read.reader());
        assertEquals(EnumSet.allOf(PersonalField.class), read.fields());
        assertEquals("回访前核实联系方式", read.purpose());
        assertEquals("10.20.30.40", read.clientAddress());
        assertEquals(NOW, read.readAt());
    }

    @Test
    void onlyTheFieldsAskedForAreRevealedAndLogged() {
        RevealedPersonalData revealed = personalData.reveal(42, ZHILI_CLERK, "电话回访",
                EnumSet.of(PersonalField.CONTACT_PHONE));

        assertEquals("+8613812345678", revealed.contactPhone());
        assertNull(revealed.contactName());
        assertNull(revealed.description());
        assertEquals(EnumSet.of(PersonalField.CONTACT_PHONE), database.reads().get(0).fields());
    }

    @Test
    void aClerkOfAnotherUnitIsAnsweredAsIfTheRequestDidNotExist() {
        RequestNotReachableException otherUnit = assertThrows(RequestNotReachableException.class,
                () -> personalData.reveal(42, CANGNAN_CLERK, "好奇"));
        RequestNotReachableException unknown = assertThrows(RequestNotReachableException.class,
                () -> personalData.reveal(4242, ZHILI_CLERK, "回访"));

        assertEquals(otherUnit.getMessage().replace("42", "#"), unknown.getMessage().replace("4242", "#"));
        assertTrue(database.reads().isEmpty(), "a refused read is no read");
    }

    @Test
    void aStaffMemberOfSeveralUnitsReachesEachOfThem() {
        StaffActor supervisor = new StaffActor("wang.jun", Set.of(StaffRole.SUPERVISOR), Set.of(CANGNAN_ELDERS, ZHILI_TEAM));

        assertEquals("𠮷田 花子", personalData.reveal(42, supervisor, "督办").contactName());
    }

    @Test
    void anActorWithoutUnitsReachesNothing() {
        StaffActor admin = new StaffActor("admin", Set.of(StaffRole.ADMIN), Set.of());

        assertThrows(RequestNotReachableException.class, () -> personalData.reveal(42, admin, "检查"));
        assertThrows(RequestNotReachableException.class, () -> personalData.reveal(42, null, "检查"));
    }

    @Test
    void withoutAPurposeNothingIsRevealed() {
        for (String purpose : new String[]{null, "", "   "}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> personalData.reveal(42, ZHILI_CLERK, purpose));
            assertEquals("purpose", refused.errors().get(0).field());
            assertEquals("查看完整个人信息须填写用途。", refused.errors().get(0).message(Language.ZH));
        }
        InvalidInputException tooLong = assertThrows(InvalidInputException.class,
                () -> personalData.reveal(42, ZHILI_CLERK, "𠮷".repeat(PersonalDataRead.PURPOSE_MAX + 1)));
        assertEquals("The purpose must be at most 500 characters.", tooLong.errors().get(0).message(Language.EN));
        assertTrue(database.reads().isEmpty());
    }

    @Test
    void aPurposeOfTheMaximumLengthInFourByteCharactersIsAccepted() {
        personalData.reveal(42, ZHILI_CLERK, "𠮷".repeat(PersonalDataRead.PURPOSE_MAX));

        assertEquals(1, database.reads().size());
    }

    @Test
    void theCitizenSeesWhichRoleOfWhichUnitReadWhatWhenAndWhyButNotWhoByNameNorFromWhere() {
        personalData.reveal(42, ZHILI_CLERK, "回访前核实联系方式", EnumSet.of(PersonalField.CONTACT_PHONE));
        personalData.reveal(42, ZHILI_CLERK, "派单给网格员");

        List<PersonalDataReadView> reads = personalData.readsOf(42, Language.EN);

        assertEquals(List.of(
                new PersonalDataReadView("CLERK", "Unit 7", NOW, EnumSet.of(PersonalField.CONTACT_PHONE), "回访前核实联系方式"),
                new PersonalDataReadView("CLERK", "Unit 7", NOW, EnumSet.allOf(PersonalField.class), "派单给网格员")), reads);
        assertEquals("单位 7", personalData.readsOf(42, Language.ZH).get(0).readerUnit());
        assertEquals(List.of(), personalData.readsOf(43, Language.ZH));
    }

    @Test
    void listsShowTheContactMasked() {
        assertEquals(new MaskedPersonalData("𠮷* 花*", "138****5678", "织里镇****"), MaskedPersonalData.of(wages));
    }
}
