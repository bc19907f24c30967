package io.jingwu.api.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one place that picks the SMS provider, by {@code jingwu.sms.provider}; a new provider adds its case here. */
@ApplicationScoped
public class SmsProviders {

    /** The provider of installations without one. */
    public static final String NONE = "none";

    @Inject
    @ConfigProperty(name = "jingwu.sms.provider", defaultValue = NONE)
    String configured;

    @Produces
    SmsProvider provider() {
        return switch (configured) {
            case NONE -> new LogOnlySmsProvider();
            default -> throw new IllegalStateException("jingwu.sms.provider: no SMS provider is called \""
                    + configured + "\" (known: " + NONE + ")");
        };
    }

    /** Whether messages only wait in the outbox: nobody receives them unless an administrator reads them there. */
    public boolean noneConnected() {
        return NONE.equals(configured);
    }
}
