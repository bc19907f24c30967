package io.jingwu.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ApplicationPropertiesTest {

    @Test
    void handsTheWarItsDatabaseDemoSwitchAndAbsoluteDataFolder() {
        DatabaseSettings database = new DatabaseSettings("jdbc:mariadb://127.0.0.1:41000/jingwu", "jingwu", "pw");

        Map<String, String> properties = ApplicationProperties.of(database, true, Path.of("data/../jingwu-data"), false);

        assertEquals(List.of("jingwu.db.url", "jingwu.db.user", "jingwu.db.password", "jingwu.db.demo",
                "jingwu.data.dir", "jingwu.secrets.dir", "jingwu.sms.provider"), List.copyOf(properties.keySet()));
        assertEquals("jdbc:mariadb://127.0.0.1:41000/jingwu", properties.get("jingwu.db.url"));
        assertEquals("jingwu", properties.get("jingwu.db.user"));
        assertEquals("pw", properties.get("jingwu.db.password"));
        assertEquals("true", properties.get("jingwu.db.demo"));
        assertEquals(Path.of("jingwu-data").toAbsolutePath().toString(), properties.get("jingwu.data.dir"));
        assertEquals(Path.of("jingwu-data", "secrets").toAbsolutePath().toString(), properties.get("jingwu.secrets.dir"));
        assertEquals("file", properties.get("jingwu.sms.provider"), "usable without a phone: texts go to the data folder");
    }

    @Test
    void anSmsProviderTheUserChoseIsLeftToTheWar() {
        DatabaseSettings database = new DatabaseSettings("jdbc:mariadb://127.0.0.1:41000/jingwu", "jingwu", "pw");

        Map<String, String> properties = ApplicationProperties.of(database, true, Path.of("jingwu-data"), true);

        assertEquals(null, properties.get("jingwu.sms.provider"), "a system property would win over the user's choice");
    }

    @Test
    void aConfiguredServerGetsNoDemoDataAndNoGeneratedKeys() {
        DatabaseSettings database = new DatabaseSettings("jdbc:mariadb://db/jingwu", "portal", "pw");

        Map<String, String> properties = ApplicationProperties.of(database, false, Path.of("/srv/jingwu"), false);

        assertEquals("false", properties.get("jingwu.db.demo"));
        assertEquals(null, properties.get("jingwu.secrets.dir"), "keys of a configured server are configured, never generated");
        assertEquals(null, properties.get("jingwu.sms.provider"), "and its text messages go to real phones or nowhere");
    }
}
