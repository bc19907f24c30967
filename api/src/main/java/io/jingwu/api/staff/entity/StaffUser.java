package io.jingwu.api.staff.entity;

import io.jingwu.api.units.entity.Unit;
import io.jingwu.api.units.entity.UnitKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A member of staff who signs in: clerk, supervisor or administrator, bound to the units whose queues they work.
 * <p>
 * Rules it keeps itself:
 * <ul>
 *     <li>{@value #MAX_FAILED_ATTEMPTS} wrong passwords in a row lock the account for {@link #LOCK_DURATION}
 *     (15 minutes); while it is locked even the right password is refused, and further attempts neither count
 *     nor extend the lock. A successful sign-in or a password reset starts the count afresh.</li>
 *     <li>A clerk or a supervisor serves at least one unit; every account has at least one role.</li>
 *     <li>Tokens issued and workbench sessions signed in before the last password change (of an earlier
 *     {@link #tokenGeneration()}), or for an account that was switched off since, are no longer accepted.</li>
 * </ul>
 * The password itself is never stored, only its PBKDF2 hash.
 */
@Entity
@Table(name = "staff_users")
@NamedQuery(name = StaffUser.BY_USERNAME, query = "SELECT u FROM StaffUser u WHERE u.username = :username")
@NamedQuery(name = StaffUser.ALL, query = "SELECT u FROM StaffUser u ORDER BY u.username")
@NamedQuery(name = StaffUser.COUNT, query = "SELECT COUNT(u) FROM StaffUser u")
@NamedQuery(name = StaffUser.ACTIVE_WITH_ROLE,
        query = "SELECT u FROM StaffUser u WHERE u.active = TRUE AND :role MEMBER OF u.roles ORDER BY u.id")
public class StaffUser {

    public static final String BY_USERNAME = "StaffUser.byUsername";
    public static final String ALL = "StaffUser.all";
    public static final String COUNT = "StaffUser.count";
    public static final String ACTIVE_WITH_ROLE = "StaffUser.activeWithRole";

    public static final int MAX_FAILED_ATTEMPTS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean active;

    @Column(name = "failed_attempts")
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "token_generation")
    private int tokenGeneration;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<StaffRole> roles = new HashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "staff_user_units",
            joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    private Set<Unit> units = new HashSet<>();

    protected StaffUser() {
    }

    /**
     * @param passwordHash the hash of the first password, never the password
     * @throws IllegalArgumentException when the roles and units break the account's rules
     */
    public static StaffUser create(String username, String displayName, String passwordHash,
                                   Collection<StaffRole> roles, Collection<Unit> units, Instant now) {
        StaffUser user = new StaffUser();
        user.username = username;
        user.displayName = displayName;
        user.passwordHash = passwordHash;
        user.active = true;
        user.passwordChangedAt = now;
        user.createdAt = now;
        user.updatedAt = now;
        user.assign(roles, units);
        return user;
    }

    /**
     * Records one sign-in attempt whose password was already checked against {@link #passwordHash()}.
     * The caller holds the row lock, so that instances of a cluster count every attempt exactly once.
     */
    public SignInOutcome attemptSignIn(boolean passwordMatches, Instant now) {
        if (!active) {
            return SignInOutcome.INACTIVE;
        }
        if (isLockedAt(now)) {
            return SignInOutcome.LOCKED;
        }
        if (passwordMatches) {
            failedAttempts = 0;
            lockedUntil = null;
            lastSignInAt = now;
            return SignInOutcome.SIGNED_IN;
        }
        failedAttempts++;
        if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
            failedAttempts = 0;
            lockedUntil = now.plus(LOCK_DURATION);
            return SignInOutcome.LOCKED_NOW;
        }
        return SignInOutcome.WRONG_PASSWORD;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * A new password, set by an administrator or by the member with their current one: the lock is lifted and
     * earlier tokens and sessions stop working.
     */
    public void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        passwordChangedAt = now;
        tokenGeneration++;
        failedAttempts = 0;
        lockedUntil = null;
        updatedAt = now;
    }

    /** @throws IllegalArgumentException when the roles and units break the account's rules */
    public void assign(Collection<StaffRole> newRoles, Collection<Unit> newUnits) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        boolean worksQueues = newRoles.contains(StaffRole.CLERK) || newRoles.contains(StaffRole.SUPERVISOR);
        if (worksQueues && newUnits.isEmpty()) {
            throw new IllegalArgumentException("A clerk or supervisor serves at least one unit");
        }
        if (newRoles.contains(StaffRole.ANTI_FRAUD)
                && newUnits.stream().noneMatch(unit -> unit.kind() == UnitKind.ANTI_FRAUD_CENTRE)) {
            throw new IllegalArgumentException("Anti-fraud staff serve at least one anti-fraud centre");
        }
        roles.clear();
        roles.addAll(newRoles);
        units.clear();
        units.addAll(newUnits);
    }

    public void rename(String newDisplayName, Instant now) {
        displayName = newDisplayName;
        updatedAt = now;
    }

    /** Switching an account off ends its tokens and sessions at their next request. */
    public void setActive(boolean newActive, Instant now) {
        active = newActive;
        updatedAt = now;
    }

    public void touched(Instant now) {
        updatedAt = now;
    }

    /**
     * Whether a token of this generation (issued since the last password change), or a workbench session signed in
     * under it, still speaks for this user.
     */
    public boolean acceptsTokenOfGeneration(int generation) {
        return active && generation == tokenGeneration;
    }

    /** The generation the tokens issued now carry. */
    public int tokenGeneration() {
        return tokenGeneration;
    }

    public StaffActor actor() {
        return new StaffActor(username, roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(roles),
                units.stream().map(Unit::id).collect(Collectors.toSet()));
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean active() {
        return active;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant lastSignInAt() {
        return lastSignInAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<StaffRole> roles() {
        return Set.copyOf(roles);
    }

    public Set<Unit> units() {
        return Set.copyOf(units);
    }

    public boolean hasRole(StaffRole role) {
        return roles.contains(role);
    }
}
