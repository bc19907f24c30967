package io.jingwu.api.fraud.officials.boundary;

import io.jingwu.api.fraud.lists.control.CallerNumber;
import io.jingwu.api.fraud.officials.entity.OfficialPhoneNumber;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.validation.InputCheck;
import io.jingwu.api.units.entity.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The police's published numbers, kept by administrators: the officer check tells a citizen whether a caller's
 * number is one of them. Only numbers a unit really publishes belong here, each with where it is published.
 */
@ApplicationScoped
@Transactional
public class OfficialPhones {

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    InputCheck inputCheck;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OfficialPhoneView> list() {
        return em.createNamedQuery(OfficialPhoneNumber.ALL, OfficialPhoneNumber.class).getResultStream()
                .map(OfficialPhoneView::of).toList();
    }

    /** @throws InvalidInputException with every broken rule */
    public OfficialPhoneView add(OfficialPhoneInput input) {
        OfficialPhoneInput given = input == null ? new OfficialPhoneInput(null, null, null, null, null, null) : input;
        List<FieldError> errors = new ArrayList<>(inputCheck.errors(given));
        Optional<CallerNumber> number = given.phone() == null ? Optional.empty() : CallerNumber.parse(given.phone());
        if (given.phone() != null && (number.isEmpty() || number.get().abroad() || number.get().plusZeroZero())) {
            errors.add(FieldError.of("phone", "fraud.official.phone.invalid"));
        }
        Unit unit = null;
        if (given.unitCode() != null && !given.unitCode().isBlank()) {
            unit = em.createNamedQuery(Unit.BY_CODE, Unit.class).setParameter("code", given.unitCode().strip())
                    .getResultStream().findFirst().orElse(null);
            if (unit == null) {
                errors.add(FieldError.of("unitCode", "staff.unitCodes.unknown", given.unitCode()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        OfficialPhoneNumber added = OfficialPhoneNumber.of(number.orElseThrow().normalised(), unit, given.labelZh().strip(),
                given.labelEn().strip(), given.labelRu(), given.source().strip());
        em.persist(added);
        em.flush();
        return OfficialPhoneView.of(added);
    }

    /** False when there is no such number. */
    public boolean remove(long id) {
        OfficialPhoneNumber number = em.find(OfficialPhoneNumber.class, id);
        if (number == null) {
            return false;
        }
        em.remove(number);
        return true;
    }
}
