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

/**
 * The registry of the embedded default and of the tests: people enrolled here (the demo data's synthetic people, a
 * test's fixtures) as keyed hashes of their document and of their document with name and birth date.
 */
@ApplicationScoped
public class EmbeddedPopulationRegistry implements PopulationRegistry {

    private static final String DOCUMENT = "registry-document";
    private static final String PERSON = "registry-person";
    private static final HashedRecords<RegistryPerson> PEOPLE =
            new HashedRecords<>(RegistryPerson.class, RegistryPerson.BY_NUMBER, RegistryPerson::new);

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public RegistryAnswer check(RegistryQuery query) {
        return PEOPLE.says(em, documentHash(query), personHash(query)) ? RegistryAnswer.MATCH : RegistryAnswer.NO_MATCH;
    }

    /** Adds the person, or corrects the details of the one holding the same document. */
    @Transactional
    public void enrol(RegistryQuery person) {
        PEOPLE.enrol(em, documentHash(person), personHash(person), clock.instant());
    }

    /** Keyed, like every lookup hash here: whoever reads the table cannot test guesses against it. */
    public static String documentHash(RegistryQuery query) {
        return Keyring.keys().lookupHash(DOCUMENT, query.documentKey());
    }

    private static String personHash(RegistryQuery query) {
        return Keyring.keys().lookupHash(PERSON, query.personKey());
    }
}
