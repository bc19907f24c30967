package io.jingwu.api.notifications.control;

/**
 * The operator's SMS service, which puts a message on the phone network. {@link SmsProviders} chooses the one
 * configured. Implementations must drop a message whose id they already accepted: the outbox retries with the
 * same id when it cannot tell whether an earlier attempt got through (real SMS APIs take a client message id,
 * e.g. Aliyun's {@code OutId}).
 */
public interface SmsProvider {

    /**
     * @param messageId the same on every attempt of one message
     * @throws SmsNotDelivered when the provider refused or could not be reached; the message is tried again later
     */
    void deliver(String messageId, String phoneE164, String text) throws SmsNotDelivered;
}
