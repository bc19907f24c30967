package io.jingwu.api.fraud.warnings.control;

import io.jingwu.api.fraud.warnings.entity.WarningTexts;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;

/**
 * The text messages of the warnings: a warning as a follower reads it, in the frame of their language (who sends it,
 * and the unsubscribe link), around the text written for them or the one their language falls back to.
 */
public final class WarningMessages {

    /** Why a warning was sent, as the outbox records it. */
    public static final String PURPOSE = "fraud-warning";

    private WarningMessages() {
    }

    public static String warning(Language reader, WarningTexts texts, String unsubscribeLink) {
        return Messages.text(reader, "fraud.warnings.sms", texts.in(reader), unsubscribeLink);
    }
}
