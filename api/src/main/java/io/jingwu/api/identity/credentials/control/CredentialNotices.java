package io.jingwu.api.identity.credentials.control;

import io.jingwu.api.identity.credentials.entity.Credential;
import io.jingwu.api.notifications.control.SmsGateway;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.platform.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Tells the phone a credential was issued to when it stops working because of someone's action: a new credential for
 * the same document (issued elsewhere, perhaps by someone else) or a revocation. Whoever did it, the holder learns of
 * it at once and whom to call.
 */
@ApplicationScoped
public class CredentialNotices {

    public static final String SUPERSEDED = "credential.superseded";
    public static final String REVOKED = "credential.revoked";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Clocks.CHINA);

    @Inject
    SmsGateway sms;

    /** Where a holder who did not do it calls; also shown on the holder's page of a superseded credential. */
    @Inject
    @ConfigProperty(name = "jingwu.identity.help-phone", defaultValue = "110")
    String helpPhone;

    /** In the caller's transaction: the message leaves only if the change is committed. */
    public void superseded(Credential earlier, Instant at) {
        tell(earlier, SUPERSEDED, at);
    }

    public void revoked(Credential credential, Instant at) {
        tell(credential, REVOKED, at);
    }

    public String helpPhone() {
        return helpPhone;
    }

    private void tell(Credential credential, String purpose, Instant at) {
        // Credentials issued before phones were kept (all withdrawn since) have nobody to tell.
        if (credential.holderPhone() != null) {
            sms.send(credential.holderPhone(), Messages.text(credential.language(), purpose + ".sms", WHEN.format(at),
                    helpPhone), purpose, null);
        }
    }
}
