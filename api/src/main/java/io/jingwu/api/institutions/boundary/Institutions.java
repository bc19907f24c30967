package io.jingwu.api.institutions.boundary;

import io.jingwu.api.institutions.control.InstitutionRules;
import io.jingwu.api.institutions.control.NewKeys;
import io.jingwu.api.institutions.entity.ApiKey;
import io.jingwu.api.institutions.entity.RelyingInstitution;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.validation.InputCheck;
import io.jingwu.api.staff.entity.StaffActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * What administrators do with relying institutions: add one with its first key, describe it anew (name, kind,
 * contact, allowance), give it a new key, revoke it. A new key is in the answer once and nowhere else; changes
 * apply to the institution's very next check, on every instance.
 */
@ApplicationScoped
@Transactional
public class Institutions {

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    NewKeys keys;

    @Inject
    Clock clock;

    @Inject
    InputCheck inputs;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InstitutionView> list() {
        return em.createNamedQuery(RelyingInstitution.ALL, RelyingInstitution.class).getResultStream()
                .map(InstitutionView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<InstitutionView> find(long id) {
        return Optional.ofNullable(em.find(RelyingInstitution.class, id)).map(InstitutionView::of);
    }

    /**
     * @param by the administrator, recorded as the creator
     * @throws InvalidInputException listing every broken rule
     */
    public IssuedKey create(InstitutionInput input, StaffActor by) {
        InstitutionRules.Description d = check(input, InstitutionRules.DEFAULT_CHECKS);
        ApiKey key = keys.unused();
        RelyingInstitution institution = RelyingInstitution.create(d.name(), d.kind(), d.contact(),
                d.checksPerMinute(), key, by.username(), now());
        em.persist(institution);
        em.flush();
        return new IssuedKey(InstitutionView.of(institution), key.text());
    }

    /**
     * @return empty when there is no such institution
     * @throws InvalidInputException       listing every broken rule
     * @throws InstitutionRevokedException when it is revoked
     */
    public Optional<InstitutionView> change(long id, InstitutionInput input) {
        Optional<RelyingInstitution> found = lockedActive(id);
        found.ifPresent(institution -> {
            InstitutionRules.Description d = check(input, institution.checksPerMinute());
            institution.describe(d.name(), d.kind(), d.contact(), d.checksPerMinute());
            em.flush();
        });
        return found.map(InstitutionView::of);
    }

    /**
     * Gives the institution a new key; the old one is refused from the moment this commits.
     *
     * @return empty when there is no such institution
     * @throws InstitutionRevokedException when it is revoked
     */
    public Optional<IssuedKey> rotate(long id) {
        return lockedActive(id).map(institution -> {
            ApiKey key = keys.unused();
            institution.issue(key, now());
            em.flush();
            return new IssuedKey(InstitutionView.of(institution), key.text());
        });
    }

    /**
     * Ends the institution's key for good; the record stays. Revoking a revoked institution changes nothing.
     *
     * @param by the administrator, recorded as the one who revoked it
     * @return empty when there is no such institution
     */
    public Optional<InstitutionView> revoke(long id, StaffActor by) {
        return Optional.ofNullable(em.find(RelyingInstitution.class, id, LockModeType.PESSIMISTIC_WRITE))
                .map(institution -> {
                    institution.revoke(by.username(), now());
                    em.flush();
                    return InstitutionView.of(institution);
                });
    }

    /** To the millisecond, as the database keeps it, so that an answer shows the time a later read will show. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private Optional<RelyingInstitution> lockedActive(long id) {
        RelyingInstitution institution = em.find(RelyingInstitution.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (institution != null && !institution.active()) {
            throw new InstitutionRevokedException(id);
        }
        return Optional.ofNullable(institution);
    }

    private InstitutionRules.Description check(InstitutionInput input, int checksIfAbsent) {
        if (input == null) {
            throw new InvalidInputException(List.of(FieldError.of("body", "institution.body.required")));
        }
        return InstitutionRules.check(input.name(), input.kind(), input.contact(), input.checksPerMinute(),
                checksIfAbsent, inputs.errors(input));
    }
}
