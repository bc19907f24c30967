package io.jingwu.api.requests.control;

import io.jingwu.api.staff.control.ActiveStaff;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.staff.entity.StaffUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * Who takes over a request that a low rating (1 or 2) reopens: an active supervisor of its unit, the one with
 * the fewest open requests in hand (then by username, so the choice is the same on every instance).
 */
@ApplicationScoped
public class ReopeningSupervisor {

    private static final String LEAST_LOADED = """
            SELECT u.username FROM staff_users u
            JOIN staff_user_roles r ON r.user_id = u.id AND r.role = 'SUPERVISOR'
            JOIN staff_user_units m ON m.user_id = u.id AND m.unit_id = ?1
            WHERE u.active = TRUE
            ORDER BY (SELECT COUNT(*) FROM requests q WHERE q.assignee = u.username
                      AND q.status IN ('ACCEPTED', 'DISPATCHED', 'IN_PROGRESS', 'AWAITING_CITIZEN')), u.username""";

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    ActiveStaff activeStaff;

    public Optional<StaffActor> forUnit(long unitId) {
        @SuppressWarnings("unchecked")
        List<String> usernames = em.createNativeQuery(LEAST_LOADED).setParameter(1, unitId)
                .setMaxResults(1).getResultList();
        return usernames.stream().findFirst().flatMap(activeStaff::find).map(StaffUser::actor);
    }
}
