package io.jingwu.api.staff.control;

import io.jingwu.api.staff.entity.SignedInSession;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.staff.entity.StaffUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * Who a token or a session speaks for, now: the user must still exist and be active, and the token or the
 * session must be newer than the last password change. Roles and units come from the database on every request, so an
 * administrator's change takes effect at once on every instance, whatever a token still says.
 */
@ApplicationScoped
public class ActiveStaff {

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    public Optional<StaffUser> find(String normalisedUsername) {
        if (!Usernames.isWellFormed(normalisedUsername)) {
            return Optional.empty();
        }
        return em.createNamedQuery(StaffUser.BY_USERNAME, StaffUser.class)
                .setParameter("username", normalisedUsername)
                .getResultStream().findFirst();
    }

    /** The actor a verified token speaks for, if it may still act. */
    public Optional<StaffActor> forToken(StaffTokens.Verdict verdict) {
        if (!verdict.valid()) {
            return Optional.empty();
        }
        return find(verdict.username())
                .filter(user -> user.acceptsTokenOfGeneration(verdict.generation()))
                .map(StaffUser::actor);
    }

    /**
     * The actor a workbench session speaks for now, as the database knows them: only while the account is active
     * and its password has not changed since the sign-in (the same generation check as for a token).
     */
    public Optional<StaffActor> forSession(SignedInSession session) {
        return find(session.actor().username())
                .filter(user -> user.acceptsTokenOfGeneration(session.tokenGeneration()))
                .map(StaffUser::actor);
    }
}
