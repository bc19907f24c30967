package io.jingwu.api.notifications.control;

import java.util.logging.Logger;

/**
 * For installations without an SMS provider (tests): takes every message and logs that it did, without the phone
 * or the text. The messages stay in the outbox, where administrators read them, one-time codes masked.
 */
class LogOnlySmsProvider implements SmsProvider {

    private static final Logger LOG = Logger.getLogger(LogOnlySmsProvider.class.getName());

    @Override
    public void deliver(String messageId, String phoneE164, String text) {
        LOG.info(() -> "No SMS provider connected: message " + messageId + " stays in the outbox only");
    }
}
