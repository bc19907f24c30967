package io.jingwu.api.personaldata.boundary;

import io.jingwu.api.personaldata.entity.PersonalDataRead;
import io.jingwu.api.personaldata.entity.PersonalField;
import io.jingwu.api.platform.clientaddress.ClientAddress;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.staff.entity.StaffRole;
import io.jingwu.api.testing.RolledBackTransaction;
import io.jingwu.api.testing.StoredRequests;
import io.jingwu.api.units.entity.Unit;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reveals of a request's personal data and their audit rows, in the real table (append-only, encrypted purpose). */
class PersonalDataDatabaseTest {

    private static final Instant NOW = Instant.parse("2026-11-24T02:15:00Z");

    @RegisterExtension
    final RolledBackTransaction database = new RolledBackTransaction();

    private final EntityManager em = database.em();
    private final PersonalData personalData = new PersonalData();
    private final Unit zhiliTeam = StoredRequests.unit(em, "织里民生服务队", "Zhili livelihood team");
    private final Unit cangnanElders = StoredRequests.unit(em, "灵溪乡贤调解", "Lingxi elders' mediation");
    private final ServiceRequest wages = StoredRequests.stored(em, zhiliTeam, NOW);
    private final long wagesId = wages.id();
    private final StaffActor zhiliClerk = new StaffActor("zhang.wei", Set.of(StaffRole.CLERK), Set.of(zhiliTeam.id()));
    private final StaffActor cangnanClerk =
            new StaffActor("lin.fang", Set.of(StaffRole.CLERK), Set.of(cangnanElders.id()));

    PersonalDataDatabaseTest() {
        personalData.em = em;
        personalData.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        personalData.clientAddress = new ClientAddress() {
            @Override
            public Optional<String> current() {
                return Optional.of("10.20.30.40");
            }
        };
        em.clear(); // the request is read back from the database, decrypted, not the entity manager's own copy
    }

    @Test
    void aClerkOfTheUnitGetsTheFullValuesAndTheReadIsLogged() {
        RevealedPersonalData revealed = personalData.reveal(wagesId, zhiliClerk, "回访前核实联系方式");

        assertEquals(wages.trackingNumber().formatted(), revealed.trackingNumber());
        assertEquals("𠮷田 花子", revealed.contactName());
        assertEquals("+8613812345678", revealed.contactPhone());
        assertEquals("织里镇大港路 88 号", revealed.address());
        assertEquals("老板拖欠三个月工资，一直不给。", revealed.description());
        assertEquals("{\"floor\":3}", revealed.answers());

        List<PersonalDataRead> reads = storedReads(wagesId);
        assertEquals(1, reads.size());
        PersonalDataRead read = reads.get(0);
        assertEquals(wagesId, read.requestId());
        assertEquals("zhang.wei", read.reader());
        assertEquals(EnumSet.allOf(PersonalField.class), read.fields());
        assertEquals("回访前核实联系方式", read.purpose());
        assertEquals("10.20.30.40", read.clientAddress());
        assertEquals(NOW, read.readAt());
    }

    @Test
    void theStoredPurposeIsNotReadableWithoutTheKey() {
        personalData.reveal(wagesId, zhiliClerk, "回访前核实联系方式");
        em.flush();

        String stored = (String) em.createNativeQuery("SELECT purpose FROM personal_data_reads WHERE request_id = ?")
                .setParameter(1, wagesId).getSingleResult();
        assertFalse(stored.contains("回访"), stored);
    }

    @Test
    void theReadLogCannotBeRewrittenNorErased() {
        personalData.reveal(wagesId, zhiliClerk, "回访前核实联系方式");
        em.flush();

        assertThrows(PersistenceException.class, () -> em.createNativeQuery(
                "UPDATE personal_data_reads SET reader = 'nobody' WHERE request_id = ?").setParameter(1, wagesId)
                .executeUpdate());
        assertThrows(PersistenceException.class, () -> em.createNativeQuery(
                "DELETE FROM personal_data_reads WHERE request_id = ?").setParameter(1, wagesId).executeUpdate());
    }

    @Test
    void onlyTheFieldsAskedForAreRevealedAndLogged() {
        RevealedPersonalData revealed = personalData.reveal(wagesId, zhiliClerk, "电话回访",
                EnumSet.of(PersonalField.CONTACT_PHONE));

        assertEquals("+8613812345678", revealed.contactPhone());
        assertNull(revealed.contactName());
        assertNull(revealed.description());
        assertEquals(EnumSet.of(PersonalField.CONTACT_PHONE), storedReads(wagesId).get(0).fields());
    }

    @Test
    void aClerkOfAnotherUnitIsAnsweredAsIfTheRequestDidNotExist() {
        long unknownId = wagesId + 1_000_000;
        RequestNotReachableException otherUnit = assertThrows(RequestNotReachableException.class,
                () -> personalData.reveal(wagesId, cangnanClerk, "好奇"));
        RequestNotReachableException unknown = assertThrows(RequestNotReachableException.class,
                () -> personalData.reveal(unknownId, zhiliClerk, "回访"));

        assertEquals(otherUnit.getMessage().replace(Long.toString(wagesId), "#"),
                unknown.getMessage().replace(Long.toString(unknownId), "#"));
        assertTrue(storedReads(wagesId).isEmpty(), "a refused read is no read");
    }

    @Test
    void aStaffMemberOfSeveralUnitsReachesEachOfThem() {
        StaffActor supervisor = new StaffActor("wang.jun", Set.of(StaffRole.SUPERVISOR),
                Set.of(cangnanElders.id(), zhiliTeam.id()));

        assertEquals("𠮷田 花子", personalData.reveal(wagesId, supervisor, "督办").contactName());
    }

    @Test
    void anActorWithoutUnitsReachesNothing() {
        StaffActor admin = new StaffActor("admin", Set.of(StaffRole.ADMIN), Set.of());

        assertThrows(RequestNotReachableException.class, () -> personalData.reveal(wagesId, admin, "检查"));
        assertThrows(RequestNotReachableException.class, () -> personalData.reveal(wagesId, null, "检查"));
    }

    @Test
    void withoutAPurposeNothingIsRevealed() {
        for (String purpose : new String[]{null, "", "   "}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> personalData.reveal(wagesId, zhiliClerk, purpose));
            assertEquals("purpose", refused.errors().get(0).field());
            assertEquals("查看完整个人信息须填写用途。", refused.errors().get(0).message(Language.ZH));
        }
        InvalidInputException tooLong = assertThrows(InvalidInputException.class,
                () -> personalData.reveal(wagesId, zhiliClerk, "𠮷".repeat(PersonalDataRead.PURPOSE_MAX + 1)));
        assertEquals("The purpose must be at most 500 characters.", tooLong.errors().get(0).message(Language.EN));
        assertTrue(storedReads(wagesId).isEmpty());
    }

    @Test
    void aPurposeOfTheMaximumLengthInFourByteCharactersIsStoredAndReadBack() {
        personalData.reveal(wagesId, zhiliClerk, "𠮷".repeat(PersonalDataRead.PURPOSE_MAX));

        List<PersonalDataRead> reads = storedReads(wagesId);
        assertEquals(1, reads.size());
        assertEquals("𠮷".repeat(PersonalDataRead.PURPOSE_MAX), reads.get(0).purpose());
    }

    @Test
    void theCitizenSeesWhichRoleOfWhichUnitReadWhatWhenAndWhyButNotWhoByNameNorFromWhere() {
        ServiceRequest other = StoredRequests.stored(em, zhiliTeam, NOW);
        // each reveal is a transaction of its own in the application: written before the next one
        personalData.reveal(wagesId, zhiliClerk, "回访前核实联系方式", EnumSet.of(PersonalField.CONTACT_PHONE));
        em.flush();
        personalData.reveal(other.id(), zhiliClerk, "另一件事");
        em.flush();
        personalData.reveal(wagesId, zhiliClerk, "派单给网格员");
        em.flush();
        em.clear();

        List<PersonalDataReadView> reads = personalData.readsOf(wagesId, Language.EN);

        assertEquals(List.of(
                new PersonalDataReadView("CLERK", "Zhili livelihood team", NOW, EnumSet.of(PersonalField.CONTACT_PHONE),
                        "回访前核实联系方式"),
                new PersonalDataReadView("CLERK", "Zhili livelihood team", NOW, EnumSet.allOf(PersonalField.class),
                        "派单给网格员")), reads);
        assertEquals("织里民生服务队", personalData.readsOf(wagesId, Language.ZH).get(0).readerUnit());
        assertEquals(List.of(), personalData.readsOf(wagesId + 1_000_000, Language.ZH));
    }

    @Test
    void listsShowTheContactMasked() {
        assertEquals(new MaskedPersonalData("𠮷* 花*", "138****5678", "织里镇****"),
                MaskedPersonalData.of(em.find(ServiceRequest.class, wagesId)));
    }

    /** The request's audit rows as the database holds them. */
    private List<PersonalDataRead> storedReads(long requestId) {
        em.flush();
        em.clear();
        return em.createQuery("SELECT r FROM PersonalDataRead r WHERE r.requestId = :id ORDER BY r.id",
                PersonalDataRead.class).setParameter("id", requestId).getResultList();
    }
}
