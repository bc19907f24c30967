package io.jingwu.api.fraud.officials.control;

import io.jingwu.api.fraud.officials.entity.OfficialPhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** Whether a number is one the police publish. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OfficialNumbers {

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    /** @param normalised as {@code CallerNumber} normalises it */
    public Optional<OfficialPhoneNumber> of(String normalised) {
        return em.createNamedQuery(OfficialPhoneNumber.BY_PHONE, OfficialPhoneNumber.class)
                .setParameter("phone", normalised)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }
}
