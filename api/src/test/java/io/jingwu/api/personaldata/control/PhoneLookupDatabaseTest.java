package io.jingwu.api.personaldata.control;

import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.requests.entity.Submission;
import io.jingwu.api.requests.entity.TrackingNumber;
import io.jingwu.api.testing.RolledBackTransaction;
import io.jingwu.api.testing.StoredRequests;
import io.jingwu.api.units.entity.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The contact phone is stored encrypted: it is found through its keyed hash, whichever way it was typed. */
class PhoneLookupDatabaseTest {

    private static final Instant NOW = Instant.parse("2026-11-24T02:15:00Z");

    @RegisterExtension
    final RolledBackTransaction database = new RolledBackTransaction();

    private final PhoneLookup lookup = new PhoneLookup();
    private final Unit unit = StoredRequests.unit(database.em());
    private final ServiceRequest wages = StoredRequests.stored(database.em(), unit, NOW);

    PhoneLookupDatabaseTest() {
        lookup.em = database.em();
        database.em().clear(); // read back from the database, not the entity manager's own copies
    }

    @Test
    void theContactPhoneFindsItsRequestHoweverItIsTyped() {
        for (String typed : new String[]{"13812345678", "+86 138 1234 5678", "138-1234-5678", "+8613812345678"}) {
            Optional<ServiceRequest> found = lookup.request(wages.trackingNumber(), typed);
            assertEquals(Optional.of(wages.id()), found.map(ServiceRequest::id), typed);
            assertEquals("+8613812345678", found.orElseThrow().contact().phone());
        }
    }

    @Test
    void anotherPhoneOrAnUnknownNumberFindNothingAlike() {
        assertEquals(Optional.empty(), lookup.request(wages.trackingNumber(), "13812345679"));
        assertEquals(Optional.empty(), lookup.request(wages.trackingNumber(), "not a phone"));
        assertEquals(Optional.empty(), lookup.request(TrackingNumber.random(new Random(99)), "13812345678"));
    }

    @Test
    void everyRequestOfAPhoneIsFoundOldestFirstAndNoOtherPhonesOnes() {
        String caller = "+86139" + String.format("%08d", new Random().nextInt(100_000_000));
        ServiceRequest first = StoredRequests.stored(database.em(), unit, from(caller), Priority.NORMAL, NOW);
        ServiceRequest second = StoredRequests.stored(database.em(), unit, from(caller), Priority.HIGH,
                NOW.plusSeconds(60));
        database.em().clear();

        List<ServiceRequest> found = lookup.requestsOf(caller.substring(3, 6) + " " + caller.substring(6));

        assertEquals(List.of(first.id(), second.id()), found.stream().map(ServiceRequest::id).toList());
        assertEquals(unit.code(), found.get(0).unit().code());
        assertEquals(List.of(), lookup.requestsOf("not a phone"));
    }

    private static Submission from(String phone) {
        Submission wages = StoredRequests.wagesDispute();
        return new Submission(wages.type(), wages.category(), wages.description(), wages.divisionCode(),
                wages.address(), wages.contactName(), phone, wages.language(), wages.channel(), wages.answers(),
                wages.priority());
    }
}
