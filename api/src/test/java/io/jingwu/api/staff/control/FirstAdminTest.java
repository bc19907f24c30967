package io.jingwu.api.staff.control;

import io.jingwu.api.platform.secrets.Secrets;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first administrator's password: configured, or made up on a developer's machine alone. */
class FirstAdminTest {

    private static FirstAdmin firstAdmin(boolean embeddedDefault) {
        FirstAdmin firstAdmin = new FirstAdmin();
        firstAdmin.secrets = new Secrets() {
            @Override
            public boolean generatesMissing() {
                return embeddedDefault;
            }
        };
        return firstAdmin;
    }

    @Test
    void aServerWithoutJingwuAdminPasswordRefusesToStartAndSaysWhatToSet() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> firstAdmin(false).firstPassword(Optional.empty()));

        assertTrue(refused.getMessage().contains("JINGWU_ADMIN_PASSWORD (jingwu.admin.password) is not set: set it"),
                refused.getMessage());
    }

    @Test
    void theEmbeddedDefaultMakesUpAPasswordThatPassesThePolicy() {
        String generated = firstAdmin(true).firstPassword(Optional.empty());

        assertEquals(20, generated.length());
        assertTrue(PasswordPolicy.check("password", generated, "admin").isEmpty());
    }

    @Test
    void aConfiguredPasswordIsTakenEverywhere() {
        assertEquals("Harbour-lantern-2026", firstAdmin(false).firstPassword(Optional.of("Harbour-lantern-2026")));
        assertEquals("Harbour-lantern-2026", firstAdmin(true).firstPassword(Optional.of("Harbour-lantern-2026")));
    }

    @Test
    void aWeakConfiguredPasswordStopsTheStart() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> firstAdmin(false).firstPassword(Optional.of("admin-admin")));

        assertTrue(refused.getMessage().contains("too weak"), refused.getMessage());
    }
}
