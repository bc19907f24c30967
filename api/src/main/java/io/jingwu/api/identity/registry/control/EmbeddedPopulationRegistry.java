package io.jingwu.api.identity.registry.control;

import io.jingwu.api.identity.registry.entity.RegistryAnswer;
import io.jingwu.api.identity.registry.entity.RegistryPerson;
import io.jingwu.api.identity.registry.entity.RegistryQuery;
import io.jingwu.api.platform.crypto.Keyring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * The registry of the embedded default and of the tests: people enrolled here (the demo data's synthetic people, a
 * test's fixtures) as keyed hashes of their document and of their document with name and birth date.
 */
@ApplicationScoped
public class EmbeddedPopulationRegistry implements PopulationRegistry {

    private static final String DOCUMENT = "registry-document";
    private static final String PERSON = "registry-person";

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public RegistryAnswer check(RegistryQuery query) {
        return find(query).filter(person -> person.says(personHash(query)))
                .map(person -> RegistryAnswer.MATCH)
                .orElse(RegistryAnswer.NO_MATCH);
    }

    /** Adds the person, or corrects the details of the one holding the same document. */
    @Transactional
    public void enrol(RegistryQuery person) {
        Optional<RegistryPerson> known = find(person);
        if (known.isPresent()) {
            known.get().correct(personHash(person), clock.instant());
        } else {
            em.persist(new RegistryPerson(documentHash(person), personHash(person), clock.instant()));
        }
    }

    private Optional<RegistryPerson> find(RegistryQuery query) {
        return em.createNamedQuery(RegistryPerson.BY_NUMBER, RegistryPerson.class)
                .setParameter("numberHash", documentHash(query))
                .getResultStream().findFirst();
    }

    /** Keyed, like every lookup hash here: whoever reads the table cannot test guesses against it. */
    public static String documentHash(RegistryQuery query) {
        return Keyring.keys().lookupHash(DOCUMENT, query.documentKey());
    }

    private static String personHash(RegistryQuery query) {
        return Keyring.keys().lookupHash(PERSON, query.personKey());
    }
}
