package io.jingwu.api.personaldata.control;

import io.jingwu.api.platform.crypto.LookupHashes;
import io.jingwu.api.platform.personal.PhoneNumbers;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.requests.entity.TrackingNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Finds requests by their contact phone, which is stored encrypted: through the keyed hash stored beside it
 * ({@code requests.contact_phone_hash}), for the citizen's one-time code and for spotting repeat callers.
 * Phones may be given as citizens type them ({@code 138 0013 8000}, {@code +86-138...}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PhoneLookup {

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    /** The hash stored for this phone; empty when it is not a valid phone number. */
    public static Optional<String> hashOf(String phone) {
        return PhoneNumbers.normalise(phone).map(LookupHashes::phone);
    }

    /** Every request with this contact phone, oldest first; none for an invalid number. */
    public List<ServiceRequest> requestsOf(String phone) {
        return hashOf(phone)
                .map(hash -> em.createNamedQuery(ServiceRequest.BY_CONTACT_PHONE_HASH, ServiceRequest.class)
                        .setParameter("hash", hash)
                        .getResultList())
                .orElse(List.of());
    }

    /**
     * The request with this tracking number, only if this phone is its contact phone: the same empty answer
     * whether the number is unknown or the phone is wrong, so neither can be probed.
     */
    public Optional<ServiceRequest> request(TrackingNumber trackingNumber, String phone) {
        Optional<String> e164 = PhoneNumbers.normalise(phone);
        if (e164.isEmpty()) {
            return Optional.empty();
        }
        return em.createNamedQuery(ServiceRequest.BY_TRACKING_NUMBER, ServiceRequest.class)
                .setParameter("trackingNumber", trackingNumber.value())
                .getResultStream()
                .filter(request -> e164.get().equals(request.contact().phone()))
                .findFirst();
    }
}
