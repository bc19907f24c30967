package io.jingwu.api.staff.control;

import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.secrets.Secrets;
import io.jingwu.api.staff.entity.StaffRole;
import io.jingwu.api.staff.entity.StaffUser;
import io.jingwu.api.units.entity.Unit;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.eclipse.microprofile.config.Config;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes sure somebody can administer a new installation: when no account has the ADMIN role, creates the user
 * {@code admin} (bound to the national duty desk) with the password {@code jingwu.admin.password}
 * ({@code JINGWU_ADMIN_PASSWORD}). Without one, only the embedded default (a developer's machine, where secrets
 * nobody configured are generated) makes up a random password and writes it to the log once, at that moment, and
 * never again; anywhere else the start stops with one line saying what to set, since a password in a server's log
 * is read by whoever reads its logs. Two instances starting together over one database create one admin: the user
 * name is unique, and the instance that loses the race says so and goes on.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class FirstAdmin {

    static final String USERNAME = "admin";
    static final String PASSWORD_KEY = "jingwu.admin.password";
    static final String DISPLAY_NAME = "系统管理员";
    static final String HOME_UNIT = "NATIONAL-DUTY";

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    PasswordHashes hashes;

    @Inject
    Config config;

    @Inject
    Secrets secrets;

    @Inject
    Clock clock;

    @PostConstruct
    void ensureAnAdministrator() {
        if (anAdministratorExists()) {
            return;
        }
        Optional<String> configured = configuredPassword();
        String password = firstPassword(configured);
        if (!create(password)) {
            return;
        }
        if (configured.isPresent()) {
            LOG.info("Created the first administrator '" + USERNAME + "' with the password from JINGWU_ADMIN_PASSWORD");
        } else {
            LOG.warning("""

                    ================================================================
                     First administrator created. This password is shown only now:
                       user:     %s
                       password: %s
                     Sign in and set your own (Change password in the workbench,
                     or PUT /api/v1/staff/me/password), or set JINGWU_ADMIN_PASSWORD
                     before the first start.
                    ================================================================""".formatted(USERNAME, password));
        }
    }

    Optional<String> configuredPassword() {
        return config.getOptionalValue(PASSWORD_KEY, String.class).filter(p -> !p.isBlank());
    }

    /**
     * The configured password, or in the embedded default alone a generated one.
     *
     * @throws IllegalStateException (the deployment fails) when none is configured elsewhere, or it is too weak
     */
    String firstPassword(Optional<String> configured) {
        if (configured.isEmpty() && !secrets.generatesMissing()) {
            String missing = "No administrator exists yet and JINGWU_ADMIN_PASSWORD (jingwu.admin.password) is not set:"
                    + " set it to the password of the first administrator '" + USERNAME + "' ("
                    + PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH + " characters) and start again."
                    + " Only the embedded default makes one up and logs it.";
            LOG.severe(missing);
            throw new IllegalStateException(missing);
        }
        String password = configured.orElseGet(() -> PasswordPolicy.generate(USERNAME));
        List<FieldError> broken = PasswordPolicy.check("password", password, USERNAME);
        if (!broken.isEmpty()) {
            throw new IllegalStateException("JINGWU_ADMIN_PASSWORD (jingwu.admin.password) is too weak: it needs "
                    + PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH
                    + " characters, several different ones, and must not contain the user name");
        }
        return password;
    }

    private boolean anAdministratorExists() {
        return !em.createNamedQuery(StaffUser.ACTIVE_WITH_ROLE, StaffUser.class)
                .setParameter("role", StaffRole.ADMIN)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** @return false when the name is already taken: by another instance starting at the same time, or an inactive account */
    private boolean create(String password) {
        Unit desk = em.createNamedQuery(Unit.BY_CODE, Unit.class).setParameter("code", HOME_UNIT)
                .getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("The unit " + HOME_UNIT + " is missing from the reference data"));
        String hash = hashes.hash(password);
        try {
            transaction.begin();
            em.persist(StaffUser.create(USERNAME, DISPLAY_NAME, hash, List.of(StaffRole.ADMIN),
                    List.of(em.find(Unit.class, desk.id())), clock.instant()));
            em.flush();
            transaction.commit();
            return true;
        } catch (Exception e) {
            rollbackQuietly();
            if (usernameTaken()) {
                LOG.info("The user name '" + USERNAME + "' is already taken (by another instance starting at the same"
                        + " time, or by an inactive account): no first administrator created");
                return false;
            }
            throw new IllegalStateException("Cannot create the first administrator", e);
        }
    }

    private boolean usernameTaken() {
        return !em.createNamedQuery(StaffUser.BY_USERNAME, StaffUser.class).setParameter("username", USERNAME)
                .getResultList().isEmpty();
    }

    private void rollbackQuietly() {
        try {
            transaction.rollback();
        } catch (Exception e) {
            LOG.log(Level.FINE, "Rollback after a failed creation of the first administrator", e);
        }
    }
}
