package io.jingwu.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class LauncherSettingsTest {

    private static final Properties NO_PROPERTIES = new Properties();

    @Test
    void defaultsStartTheEmbeddedDatabaseOnPort8080InJingwuData() throws StartupFailure {
        LauncherSettings settings = LauncherSettings.from(Map.of(), NO_PROPERTIES);

        assertTrue(settings.externalDatabase().isEmpty());
        assertEquals(8080, settings.port());
        assertEquals(Path.of("jingwu-data").toAbsolutePath().normalize(), settings.dataDir());
        assertTrue(settings.dataDir().isAbsolute());
    }

    @Test
    void environmentConfiguresTheExternalDatabase() throws StartupFailure {
        LauncherSettings settings = LauncherSettings.from(Map.of(
                "JINGWU_DB_URL", "jdbc:mariadb://db.example.org:3306/jingwu",
                "JINGWU_DB_USER", "portal",
                "JINGWU_DB_PASSWORD", "s3cret",
                "JINGWU_PORT", "9090",
                "JINGWU_DATA_DIR", "/srv/jingwu/../jingwu-data"), NO_PROPERTIES);

        assertEquals(new DatabaseSettings("jdbc:mariadb://db.example.org:3306/jingwu", "portal", "s3cret"),
                settings.externalDatabase().orElseThrow());
        assertEquals(9090, settings.port());
        assertEquals(Path.of("/srv/jingwu-data"), settings.dataDir());
    }

    @Test
    void systemPropertiesWinOverTheEnvironmentAsInMicroProfileConfig() throws StartupFailure {
        Properties properties = new Properties();
        properties.setProperty("jingwu.port", "7070");
        properties.setProperty("jingwu.data.dir", "/var/lib/jingwu");

        LauncherSettings settings = LauncherSettings.from(
                Map.of("JINGWU_PORT", "9090", "JINGWU_DATA_DIR", "/tmp/other"), properties);

        assertEquals(7070, settings.port());
        assertEquals(Path.of("/var/lib/jingwu"), settings.dataDir());
    }

    @Test
    void anSmsProviderIsChosenByEnvironmentOrSystemPropertyOrLeftOpen() throws StartupFailure {
        assertTrue(LauncherSettings.from(Map.of(), NO_PROPERTIES).chosenSmsProvider().isEmpty());
        assertEquals("none", LauncherSettings.from(Map.of("JINGWU_SMS_PROVIDER", "none"), NO_PROPERTIES)
                .chosenSmsProvider().orElseThrow());
        Properties properties = new Properties();
        properties.setProperty("jingwu.sms.provider", "file");
        assertEquals("file", LauncherSettings.from(Map.of(), properties).chosenSmsProvider().orElseThrow());
    }

    @Test
    void blankValuesCountAsUnset() throws StartupFailure {
        LauncherSettings settings = LauncherSettings.from(
                Map.of("JINGWU_DB_URL", "  ", "JINGWU_PORT", ""), NO_PROPERTIES);

        assertTrue(settings.externalDatabase().isEmpty());
        assertEquals(8080, settings.port());
    }

    @Test
    void aMissingPasswordIsEmptyAndASpacedOneIsKept() throws StartupFailure {
        Map<String, String> withoutPassword = Map.of(
                "JINGWU_DB_URL", "jdbc:mariadb://127.0.0.1/test", "JINGWU_DB_USER", "root");
        assertEquals("", LauncherSettings.from(withoutPassword, NO_PROPERTIES).dbPassword());

        Map<String, String> spaced = Map.of(
                "JINGWU_DB_URL", "jdbc:mariadb://127.0.0.1/test", "JINGWU_DB_USER", "root",
                "JINGWU_DB_PASSWORD", " two words ");
        assertEquals(" two words ", LauncherSettings.from(spaced, NO_PROPERTIES).dbPassword());
    }

    @Test
    void aPortThatIsNoPortNumberIsRejectedWithTheValue() {
        StartupFailure notANumber = assertThrows(StartupFailure.class,
                () -> LauncherSettings.from(Map.of("JINGWU_PORT", "http"), NO_PROPERTIES));
        assertEquals("JINGWU_PORT must be a TCP port number from 1 to 65535, not 'http'", notANumber.getMessage());

        assertThrows(StartupFailure.class, () -> LauncherSettings.from(Map.of("JINGWU_PORT", "0"), NO_PROPERTIES));
        assertThrows(StartupFailure.class, () -> LauncherSettings.from(Map.of("JINGWU_PORT", "65536"), NO_PROPERTIES));
    }

    @Test
    void aUrlWithoutUserIsRejected() {
        StartupFailure failure = assertThrows(StartupFailure.class, () -> LauncherSettings.from(
                Map.of("JINGWU_DB_URL", "jdbc:mariadb://db.example.org/jingwu"), NO_PROPERTIES));
        assertEquals("JINGWU_DB_USER must be set when JINGWU_DB_URL is set", failure.getMessage());
    }

    @Test
    void onlyMariaDbUrlsAreAccepted() {
        StartupFailure failure = assertThrows(StartupFailure.class, () -> LauncherSettings.from(
                Map.of("JINGWU_DB_URL", "jdbc:mysql://db.example.org/jingwu", "JINGWU_DB_USER", "u"), NO_PROPERTIES));
        assertTrue(failure.getMessage().startsWith("JINGWU_DB_URL must be a MariaDB JDBC URL"), failure.getMessage());
    }

    @Test
    void credentialsWithoutUrlAreReportedAsIgnored() throws StartupFailure {
        LauncherSettings settings = LauncherSettings.from(
                Map.of("JINGWU_DB_USER", "portal", "JINGWU_DB_PASSWORD", "s3cret"), NO_PROPERTIES);

        assertTrue(settings.externalDatabase().isEmpty());
        assertEquals(List.of("JINGWU_DB_USER", "JINGWU_DB_PASSWORD"), settings.ignoredSettings());
    }

    @Test
    void thePasswordStaysOutOfToString() throws StartupFailure {
        LauncherSettings settings = LauncherSettings.from(Map.of(
                "JINGWU_DB_URL", "jdbc:mariadb://db/jingwu", "JINGWU_DB_USER", "u", "JINGWU_DB_PASSWORD", "s3cret"),
                NO_PROPERTIES);

        assertFalse(settings.toString().contains("s3cret"));
        assertFalse(settings.externalDatabase().orElseThrow().toString().contains("s3cret"));
    }
}
