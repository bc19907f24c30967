package io.jingwu.launcher;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The configuration handed to the war as system properties, which it reads through MicroProfile
 * Config. Demo data, generated keys and the development SMS provider are only for the embedded database, never
 * for a configured server, where every instance must be given the same keys and a real provider.
 */
public final class ApplicationProperties {

    public static final String DB_URL = "jingwu.db.url";
    public static final String DB_USER = "jingwu.db.user";
    public static final String DB_PASSWORD = "jingwu.db.password";
    public static final String DB_DEMO = "jingwu.db.demo";
    public static final String DATA_DIR = "jingwu.data.dir";
    /** Where the war generates the keys nobody configured: set for the embedded default only. */
    public static final String SECRETS_DIR = "jingwu.secrets.dir";
    public static final String SMS_PROVIDER = "jingwu.sms.provider";
    /**
     * The embedded default's SMS provider, unless the user chose one: text messages, codes included, go to
     * {@code sms-outbox.log} in the data folder and to the console, so that it is usable without a phone.
     */
    public static final String DEVELOPMENT_SMS_PROVIDER = "file";

    private ApplicationProperties() {
    }

    /**
     * The properties in a stable order, e.g. to pass as -D options to a separately started server.
     *
     * @param smsProviderChosen whether the user chose an SMS provider, which the war then reads itself
     */
    public static Map<String, String> of(DatabaseSettings database, boolean demoData, Path dataDir,
                                         boolean smsProviderChosen) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(DB_URL, database.url());
        properties.put(DB_USER, database.user());
        properties.put(DB_PASSWORD, database.password());
        properties.put(DB_DEMO, String.valueOf(demoData));
        Path home = dataDir.toAbsolutePath().normalize();
        properties.put(DATA_DIR, home.toString());
        if (demoData) {
            properties.put(SECRETS_DIR, home.resolve("secrets").toString());
            if (!smsProviderChosen) {
                properties.put(SMS_PROVIDER, DEVELOPMENT_SMS_PROVIDER);
            }
        }
        return properties;
    }

    static void publish(DatabaseSettings database, boolean demoData, Path dataDir, boolean smsProviderChosen) {
        of(database, demoData, dataDir, smsProviderChosen).forEach(System::setProperty);
    }
}
