package io.jingwu.api.notifications.boundary;

import io.jingwu.api.notifications.entity.OutboxSms;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** What administrators read of a text message in the outbox. */
class OutboxMessageViewTest {

    private static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");

    /** The message as stored (with its row id), seen by an administrator of an installation without a provider. */
    private static OutboxMessageView shown(String text, String purpose) {
        OutboxSms sms = new OutboxSms("+8613900001234", text, purpose, null, NOW);
        try {
            Field id = OutboxSms.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(sms, 41L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return OutboxMessageView.of(sms, true);
    }

    @Test
    void aCitizensAccessCodeIsNeverShown() {
        String text = Messages.text(Language.EN, "citizen.code.sms", "048213", "7K3M-9QXD-2HFA", 5);

        OutboxMessageView view = shown(text, "access-code");

        assertFalse(view.text().contains("048213"), view.text());
        assertEquals("[Police services] Your code is ******, valid for 5 minutes, to view request 7K3M-9QXD-2HFA."
                + " Never share it: staff will never ask you for it.", view.text());
    }

    @Test
    void anIdentityVerificationCodeIsNeverShownInAnyLanguage() {
        for (Language language : Language.values()) {
            String text = Messages.text(language, "verification.code.sms", "900417", 5);

            OutboxMessageView view = shown(text, "identity-code");

            assertFalse(view.text().contains("900417"), view.text());
            assertEquals(text.replace("900417", "******"), view.text());
        }
    }

    @Test
    void aNoticeIsShownAsSent() {
        String text = "[Police services] Your request 1234-5678-9ABC was accepted by the 110200 duty desk.";

        assertEquals(text, shown(text, "notice.accepted").text());
    }

    @Test
    void thePhoneIsMasked() {
        assertEquals("139****1234", shown("text", "notice.accepted").phone());
    }
}
