package io.jingwu.it;

import io.jingwu.launcher.DatabaseCheck;
import io.jingwu.launcher.DatabaseSettings;
import io.jingwu.launcher.StartupFailure;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The launcher's one-line start-up failures that need a real database server: the suite's own. */
abstract class LauncherChecks extends DeployedApplication {

    private static String url(String database) {
        TestEnvironment.DatabaseAddress address = TestEnvironment.database();
        return "jdbc:mariadb://" + address.host() + ":" + address.port() + "/" + database;
    }

    private static String server() {
        TestEnvironment.DatabaseAddress address = TestEnvironment.database();
        return address.host() + ":" + address.port();
    }

    @Test
    void workingSettingsPass() {
        TestEnvironment.DatabaseAddress address = TestEnvironment.database();
        assertDoesNotThrow(() -> DatabaseCheck.verify(
                new DatabaseSettings(url(address.database()), address.user(), address.password())));
    }

    @Test
    void aWrongPasswordIsAccessDenied() {
        TestEnvironment.DatabaseAddress address = TestEnvironment.database();
        StartupFailure failure = assertThrows(StartupFailure.class, () -> DatabaseCheck.verify(
                new DatabaseSettings(url(address.database()), address.user(), "certainly-not-the-password")));

        assertEquals("The database server at " + server() + " denied access to user '" + address.user()
                + "': check JINGWU_DB_USER and JINGWU_DB_PASSWORD", failure.getMessage());
    }

    /** The suite's account, like a production one, is granted its own database only. */
    @Test
    void aDatabaseTheAccountMayNotUseIsNamed() {
        TestEnvironment.DatabaseAddress address = TestEnvironment.database();
        StartupFailure failure = assertThrows(StartupFailure.class, () -> DatabaseCheck.verify(
                new DatabaseSettings(url("jingwu_no_such_database"), address.user(), address.password())));

        assertEquals("User '" + address.user() + "' may not use database 'jingwu_no_such_database' on " + server()
                + ": grant it access or fix JINGWU_DB_URL", failure.getMessage());
    }
}
