package io.jingwu.api.staff.boundary;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.validation.InputCheck;
import io.jingwu.api.platform.validation.Violations;
import io.jingwu.api.staff.control.ActiveStaff;
import io.jingwu.api.staff.control.PasswordHashes;
import io.jingwu.api.staff.control.PasswordPolicy;
import io.jingwu.api.staff.control.SignInAttempts;
import io.jingwu.api.staff.control.StaffAccountRules;
import io.jingwu.api.staff.control.Usernames;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.staff.entity.StaffRole;
import io.jingwu.api.staff.entity.StaffSwitchedOff;
import io.jingwu.api.staff.entity.StaffUser;
import io.jingwu.api.units.entity.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What administrators do with staff accounts: create them with roles and units, change them, switch them off,
 * reset a password; and the new password a member chose for themself ({@link OwnPasswords}). One transaction per
 * call; every input is checked before anything is written.
 */
@ApplicationScoped
@Transactional
public class StaffUsers {

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    StaffAccountRules rules;

    @Inject
    InputCheck inputs;

    /** Who acts when no member of staff is signed in (never through the API or the workbench). */
    static final String SYSTEM = "system";

    @Inject
    ActiveStaff accounts;

    @Inject
    CurrentStaff staff;

    @Inject
    Event<StaffSwitchedOff> switchedOffEvents;

    @Inject
    PasswordHashes hashes;

    @Inject
    Clock clock;

    /** @throws InvalidInputException listing every broken rule, or a user name already taken */
    public StaffUserView create(NewStaffUser input, Language language) {
        if (input == null) {
            throw new InvalidInputException(List.of(FieldError.of("body", "staff.body.required")));
        }
        List<FieldError> declared = inputs.errors(input);
        List<FieldError> errors = new ArrayList<>();
        Optional<String> username = Violations.addFor("username", declared, errors) ? Optional.empty()
                : Optional.of(Usernames.normalise(input.username()));
        Optional<String> displayName = Violations.addFor("displayName", declared, errors) ? Optional.empty()
                : Optional.of(input.displayName().strip());
        errors.addAll(PasswordPolicy.check("password", input.password(), Usernames.normalise(input.username())));
        Optional<Set<StaffRole>> roles = rules.roles(input.roles(), errors);
        Optional<Set<Unit>> units = rules.units(input.unitCodes(), errors);
        if (roles.isPresent() && units.isPresent()) {
            rules.unitsFitRoles(roles.get(), units.get(), errors);
        }
        if (username.isPresent() && accounts.find(username.get()).isPresent()) {
            errors.add(FieldError.of("username", "staff.username.taken"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        StaffUser user = StaffUser.create(username.orElseThrow(), displayName.orElseThrow(),
                hashes.hash(input.password()), roles.orElseThrow(), units.orElseThrow(), now);
        try {
            em.persist(user);
            em.flush();
        } catch (PersistenceException e) {
            // another administrator created the same name a moment ago (the unique key decided)
            throw new InvalidInputException(List.of(FieldError.of("username", "staff.username.taken")));
        }
        return StaffUserView.of(user, language, now);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffUserView> list(int offset, int limit, Language language) {
        Instant now = clock.instant();
        return em.createNamedQuery(StaffUser.ALL, StaffUser.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(user -> StaffUserView.of(user, language, now))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StaffUserView> find(String username, Language language) {
        return accounts.find(Usernames.normalise(username)).map(user -> StaffUserView.of(user, language, clock.instant()));
    }

    /**
     * Changes what the body gives. The last active administrator can neither be switched off nor lose the role,
     * or nobody could administer the installation any more. Switching an account off is announced
     * ({@link StaffSwitchedOff}) in the same transaction, so that the requests it held go to others with it.
     *
     * @return empty when there is no such user
     */
    public Optional<StaffUserView> change(String username, StaffUserChange change, Language language) {
        Optional<StaffUser> found = locked(username);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (change == null) {
            throw new InvalidInputException(List.of(FieldError.of("body", "staff.body.required")));
        }
        StaffUser user = found.get();
        List<FieldError> declared = inputs.errors(change);
        List<FieldError> errors = new ArrayList<>();
        Optional<String> displayName = Violations.addFor("displayName", declared, errors) ? Optional.empty()
                : Optional.of(change.displayName() == null ? user.displayName() : change.displayName().strip());
        Optional<Set<StaffRole>> roles = change.roles() == null ? Optional.of(user.roles()) : rules.roles(change.roles(), errors);
        Optional<Set<Unit>> units = change.unitCodes() == null ? Optional.of(user.units()) : rules.units(change.unitCodes(), errors);
        boolean active = change.active() == null ? user.active() : change.active();
        if (roles.isPresent() && units.isPresent()) {
            rules.unitsFitRoles(roles.get(), units.get(), errors);
            boolean losesAdministration = user.active() && user.hasRole(StaffRole.ADMIN)
                    && (!active || !roles.get().contains(StaffRole.ADMIN));
            if (losesAdministration && isLastActiveAdministrator()) {
                errors.add(FieldError.of(active ? "roles" : "active", "staff.lastAdmin"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        boolean switchedOff = user.active() && !active;
        Set<StaffRole> rolesHeld = user.roles();
        user.rename(displayName.orElseThrow(), now);
        user.assign(roles.orElseThrow(), units.orElseThrow());
        user.setActive(active, now);
        em.flush();
        if (switchedOff) {
            switchedOffEvents.fire(new StaffSwitchedOff(user.username(), rolesHeld,
                    staff.find().map(StaffActor::username).orElse(SYSTEM)));
        }
        return Optional.of(StaffUserView.of(user, language, now));
    }

    /**
     * Sets a new password chosen by an administrator, lifts a lock, and ends the tokens issued before.
     *
     * @return false when there is no such user
     */
    public boolean resetPassword(String username, NewPassword body) {
        Optional<StaffUser> found = locked(username);
        if (found.isEmpty()) {
            return false;
        }
        String password = body == null ? null : body.password();
        List<FieldError> errors = PasswordPolicy.check("password", password, found.get().username());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        found.get().changePassword(hashes.hash(password), clock.instant());
        return true;
    }

    /**
     * Sets the password a member chose for themself, already checked ({@link OwnPasswords}): as a reset does, it
     * lifts a lock and ends the tokens and sessions issued before.
     *
     * @return who the member now is, with the generation of the tokens issued from now on; empty when the account
     * was switched off or removed meanwhile
     */
    public Optional<SignInAttempts.SignedIn> replaceOwnPassword(String username, String newHash) {
        return locked(username).filter(StaffUser::active).map(user -> {
            user.changePassword(newHash, clock.instant());
            return new SignInAttempts.SignedIn(user.actor(), user.tokenGeneration());
        });
    }

    private Optional<StaffUser> locked(String username) {
        return accounts.find(Usernames.normalise(username))
                .map(user -> em.find(StaffUser.class, user.id(), LockModeType.PESSIMISTIC_WRITE));
    }

    /** Locks every active administrator's row, so that two administrators demoting each other cannot both succeed. */
    private boolean isLastActiveAdministrator() {
        return em.createNamedQuery(StaffUser.ACTIVE_WITH_ROLE, StaffUser.class)
                .setParameter("role", StaffRole.ADMIN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().size() <= 1;
    }
}
