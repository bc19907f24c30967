package io.jingwu.api.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.time.Clock;

/** The one place that picks the SMS provider, by {@code jingwu.sms.provider}; a new provider adds its case here. */
@ApplicationScoped
public class SmsProviders {

    /** The provider of installations without one. */
    public static final String NONE = "none";
    /** The development provider, which the launcher picks for the embedded default: {@link FileSmsProvider}. */
    public static final String FILE = "file";

    @Inject
    @ConfigProperty(name = "jingwu.sms.provider", defaultValue = NONE)
    String configured;

    /** Where {@link #FILE} writes; the launcher sets it to its data folder. */
    @Inject
    @ConfigProperty(name = "jingwu.data.dir", defaultValue = "jingwu-data")
    String dataDir;

    @Inject
    Clock clock;

    @Produces
    SmsProvider provider() {
        return switch (configured) {
            case NONE -> new LogOnlySmsProvider();
            case FILE -> new FileSmsProvider(Path.of(dataDir).resolve(FileSmsProvider.FILE_NAME), clock);
            default -> throw new IllegalStateException("jingwu.sms.provider: no SMS provider is called \""
                    + configured + "\" (known: " + NONE + ", " + FILE + ")");
        };
    }

    /** Whether messages only wait in the outbox: nobody receives them unless an administrator reads them there. */
    public boolean noneConnected() {
        return NONE.equals(configured);
    }
}
