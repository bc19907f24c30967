package io.jingwu.api.personaldata.control;

import io.jingwu.api.personaldata.InMemoryEntityManager;
import io.jingwu.api.personaldata.StoredRequests;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.requests.entity.TrackingNumber;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PhoneLookupTest {

    private final InMemoryEntityManager database = new InMemoryEntityManager();
    private final PhoneLookup lookup = new PhoneLookup();
    private final ServiceRequest wages = StoredRequests.stored(42, 7, Instant.parse("2026-11-24T02:15:00Z"));

    PhoneLookupTest() {
        lookup.em = database.proxy();
        database.requests.put(42L, wages);
    }

    @Test
    void theContactPhoneFindsItsRequestHoweverItIsTyped() {
        for (String typed : new String[]{"13812345678", "+86 138 1234 5678", "138-1234-5678", "+8613812345678"}) {
            assertEquals(Optional.of(wages), lookup.request(wages.trackingNumber(), typed), typed);
        }
    }

    @Test
    void anotherPhoneOrAnUnknownNumberFindNothingAlike() {
        assertEquals(Optional.empty(), lookup.request(wages.trackingNumber(), "13812345679"));
        assertEquals(Optional.empty(), lookup.request(wages.trackingNumber(), "not a phone"));
        assertEquals(Optional.empty(), lookup.request(TrackingNumber.random(new java.util.Random(99)), "13812345678"));
    }
}
