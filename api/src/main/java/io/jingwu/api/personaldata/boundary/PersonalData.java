package io.jingwu.api.personaldata.boundary;

import io.jingwu.api.personaldata.entity.PersonalDataRead;
import io.jingwu.api.personaldata.entity.PersonalField;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.clientaddress.ClientAddress;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.staff.entity.StaffActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The full personal data of a request, for a staff member of its unit who says why, and the log of every such
 * read. A reveal and its log entry are one transaction: no full value is handed out without its entry.
 */
@ApplicationScoped
@Transactional
public class PersonalData {

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ClientAddress clientAddress;

    /**
     * Every personal field of the request in full, recorded in the read log.
     *
     * @param purpose why the reader needs the full values (required, at most {@value PersonalDataRead#PURPOSE_MAX}
     *                characters); the citizen will read it
     * @throws RequestNotReachableException when the request does not exist or the actor does not serve its unit
     * @throws InvalidInputException        when the purpose is missing or too long; nothing is recorded
     */
    public RevealedPersonalData reveal(long requestId, StaffActor actor, String purpose) {
        return reveal(requestId, actor, purpose, EnumSet.allOf(PersonalField.class));
    }

    /** Only the given fields in full (e.g. the phone to call the citizen back), recorded in the read log. */
    public RevealedPersonalData reveal(long requestId, StaffActor actor, String purpose, Set<PersonalField> fields) {
        ServiceRequest request = reachable(requestId, actor);
        requirePurpose(purpose);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("Reveal at least one field");
        }
        em.persist(PersonalDataRead.of(request.id(), request.unit(), actor, fields, purpose,
                clientAddress.current().orElse(null), clock.instant()));
        return RevealedPersonalData.of(request, fields);
    }

    /**
     * Who (as a role of a unit) read the request's personal data in full, when and why, oldest first. For the
     * citizen of the request: the caller must have established that right (the citizen token).
     *
     * @param language the language unit names are given in
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PersonalDataReadView> readsOf(long requestId, Language language) {
        return em.createNamedQuery(PersonalDataRead.OF_REQUEST, PersonalDataRead.class)
                .setParameter("requestId", requestId)
                .getResultStream()
                .map(read -> PersonalDataReadView.of(read, language))
                .toList();
    }

    private ServiceRequest reachable(long requestId, StaffActor actor) {
        ServiceRequest request = em.find(ServiceRequest.class, requestId);
        if (request == null || actor == null || !actor.servesUnit(request.unit().id())) {
            throw new RequestNotReachableException(requestId);
        }
        return request;
    }

    private static void requirePurpose(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw new InvalidInputException(List.of(FieldError.of("purpose", "personalData.purpose.required")));
        }
        if (purpose.strip().codePointCount(0, purpose.strip().length()) > PersonalDataRead.PURPOSE_MAX) {
            throw new InvalidInputException(List.of(
                    FieldError.of("purpose", "personalData.purpose.length", PersonalDataRead.PURPOSE_MAX)));
        }
    }
}
