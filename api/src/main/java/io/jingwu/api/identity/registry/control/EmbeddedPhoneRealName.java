package io.jingwu.api.identity.registry.control;

import io.jingwu.api.identity.registry.entity.CarrierLine;
import io.jingwu.api.identity.registry.entity.RegistryAnswer;
import io.jingwu.api.identity.registry.entity.RegistryQuery;
import io.jingwu.api.platform.crypto.Keyring;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * The carriers' real-name records of the embedded default and of the tests: lines registered to people enrolled here
 * (the demo people's phones, a test's fixtures), as keyed hashes of the line and of the holder's document and name.
 */
@ApplicationScoped
public class EmbeddedPhoneRealName implements PhoneRealName {

    private static final String LINE = "carrier-line";
    private static final String HOLDER = "carrier-holder";
    private static final HashedRecords<CarrierLine> LINES =
            new HashedRecords<>(CarrierLine.class, CarrierLine.BY_LINE, CarrierLine::new);

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public RegistryAnswer check(RegistryQuery holder, String phoneE164) {
        return LINES.says(em, lineHash(phoneE164), holderHash(holder)) ? RegistryAnswer.MATCH : RegistryAnswer.NO_MATCH;
    }

    /** Registers the line to the person; a line given up and taken by someone else moves to its new holder. */
    @Transactional
    public void enrol(RegistryQuery holder, String phoneE164) {
        LINES.enrol(em, lineHash(phoneE164), holderHash(holder), clock.instant());
    }

    private static String lineHash(String phoneE164) {
        return Keyring.keys().lookupHash(LINE, phoneE164);
    }

    private static String holderHash(RegistryQuery holder) {
        return Keyring.keys().lookupHash(HOLDER, holder.holderKey());
    }
}
