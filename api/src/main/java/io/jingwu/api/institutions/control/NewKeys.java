package io.jingwu.api.institutions.control;

import io.jingwu.api.institutions.entity.ApiKey;
import io.jingwu.api.institutions.entity.RelyingInstitution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.SecureRandom;

/**
 * Makes the keys administrators hand out. A prefix has 40 random bits, so two institutions drawing the same one is
 * unlikely but possible: a key whose prefix is taken is drawn again (the unique index decides a race between two
 * administrators at the same moment).
 */
@ApplicationScoped
public class NewKeys {

    private static final int ATTEMPTS = 5;

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    /** A fresh key whose prefix no institution holds. */
    public ApiKey unused() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            ApiKey key = ApiKey.generate(random);
            boolean taken = !em.createNamedQuery(RelyingInstitution.BY_KEY_PREFIX, RelyingInstitution.class)
                    .setParameter("prefix", key.prefix()).setMaxResults(1).getResultList().isEmpty();
            if (!taken) {
                return key;
            }
        }
        throw new IllegalStateException("No free key prefix in " + ATTEMPTS + " draws");
    }
}
