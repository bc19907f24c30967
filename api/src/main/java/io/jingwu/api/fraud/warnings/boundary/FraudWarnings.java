package io.jingwu.api.fraud.warnings.boundary;

import io.jingwu.api.divisions.control.Divisions;
import io.jingwu.api.fraud.warnings.control.WarningBatches;
import io.jingwu.api.fraud.warnings.control.WarningInput;
import io.jingwu.api.fraud.warnings.control.WarningRules;
import io.jingwu.api.fraud.warnings.entity.FraudWarning;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.units.entity.UnitKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Publishing a warning of a new scam to the followers of a county or a city, for the anti-fraud centres (the resource
 * lets in no one else). A centre warns only within its own jurisdiction. The warning is recorded, then its followers'
 * text messages are queued batch by batch, each in a transaction of its own, so this facade holds none: a city's
 * followers are never one transaction, and a publication cut short is taken up again ({@link WarningSchedule}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class FraudWarnings {

    public static final int PAGE_MAX = 200;

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    WarningRules rules;

    @Inject
    WarningBatches batches;

    @Inject
    Divisions divisions;

    /**
     * Queues the warning for every follower in the area, in their language.
     *
     * @return the warning, with how many messages were queued
     * @throws io.jingwu.api.platform.problems.InvalidInputException listing every broken rule; nothing stored or sent
     * @throws OutsideJurisdictionException                          when the area lies outside the member's centres
     */
    public WarningView publish(WarningInput input, StaffActor centre) {
        WarningRules.Checked checked = rules.check(input);
        List<String> jurisdictions = jurisdictions(centre);
        if (!checked.area().within(jurisdictions)) {
            throw new OutsideJurisdictionException(jurisdictions.stream().map(divisions::fullNameOfPrefix)
                    .collect(Collectors.joining(", ")));
        }
        long id = batches.open(checked, centre.username());
        finish(id);
        return view(em.find(FraudWarning.class, id));
    }

    /** Queues the rest of the warning's messages, batch by batch. */
    public void finish(long warningId) {
        boolean complete;
        do {
            complete = batches.next(warningId);
        } while (!complete);
    }

    /** The warnings every centre published, newest first. */
    public List<WarningView> list(int offset, int limit) {
        return em.createNamedQuery(FraudWarning.NEWEST, FraudWarning.class)
                .setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(1, Math.min(PAGE_MAX, limit)))
                .getResultStream().map(this::view).toList();
    }

    /** One warning, with how far its messages are queued. */
    public Optional<WarningView> find(long id) {
        return Optional.ofNullable(em.find(FraudWarning.class, id)).map(this::view);
    }

    /** The division prefixes the member's active anti-fraud centres serve. */
    private List<String> jurisdictions(StaffActor member) {
        if (member.unitIds().isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT DISTINCT j FROM Unit u JOIN u.jurisdiction j WHERE u.id IN :ids"
                        + " AND u.active = TRUE AND u.kind = :centre", String.class)
                .setParameter("ids", member.unitIds())
                .setParameter("centre", UnitKind.ANTI_FRAUD_CENTRE)
                .getResultStream().sorted().toList();
    }

    private WarningView view(FraudWarning warning) {
        return WarningView.of(warning, divisions.fullName(warning.area().divisionCode()));
    }
}
