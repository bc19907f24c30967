package io.jingwu.launcher;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The configuration handed to the war as system properties, which it reads through MicroProfile
 * Config. Demo data, and keys generated into the data folder when none is configured, are only for
 * the embedded database, never for a configured server (whose instances must share configured keys).
 */
public final class ApplicationProperties {

    public static final String DB_URL = "jingwu.db.url";
    public static final String DB_USER = "jingwu.db.user";
    public static final String DB_PASSWORD = "jingwu.db.password";
    public static final String DB_DEMO = "jingwu.db.demo";
    public static final String DATA_DIR = "jingwu.data.dir";
    public static final String SECRETS_DIR = "jingwu.secrets.dir";

    private ApplicationProperties() {
    }

    /** The properties in a stable order, e.g. to pass as -D options to a separately started server. */
    public static Map<String, String> of(DatabaseSettings database, boolean demoData, Path dataDir) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(DB_URL, database.url());
        properties.put(DB_USER, database.user());
        properties.put(DB_PASSWORD, database.password());
        properties.put(DB_DEMO, String.valueOf(demoData));
        properties.put(DATA_DIR, dataDir.toAbsolutePath().normalize().toString());
        if (demoData) {
            properties.put(SECRETS_DIR, dataDir.resolve("secrets").toAbsolutePath().normalize().toString());
        }
        return properties;
    }

    static void publish(DatabaseSettings database, boolean demoData, Path dataDir) {
        of(database, demoData, dataDir).forEach(System::setProperty);
    }
}
