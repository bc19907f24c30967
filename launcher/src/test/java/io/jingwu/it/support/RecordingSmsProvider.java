package io.jingwu.it.support;

import io.jingwu.api.notifications.control.SmsNotDelivered;
import io.jingwu.api.notifications.control.SmsProvider;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The SMS provider of the test deployment, in place of the configured one: it records every delivery by message
 * id, and can be told to be down or to "crash" after accepting a message, as an instance that dies before its
 * transaction commits.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class RecordingSmsProvider implements SmsProvider {

    public enum Mode {
        /** Accepts every message. */
        UP,
        /** Refuses every message with a declared, temporary failure. */
        DOWN,
        /** Accepts the message, then throws: the delivering transaction rolls back. */
        CRASH_AFTER_ACCEPTING
    }

    private final AtomicReference<Mode> mode = new AtomicReference<>(Mode.UP);
    private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> messageIdsByPhone = new ConcurrentHashMap<>();

    @Override
    public void deliver(String messageId, String phoneE164, String text) throws SmsNotDelivered {
        Mode now = mode.get();
        if (now == Mode.DOWN) {
            throw new SmsNotDelivered("test provider down");
        }
        deliveries.computeIfAbsent(messageId, id -> new AtomicInteger()).incrementAndGet();
        messageIdsByPhone.computeIfAbsent(phoneE164, phone -> ConcurrentHashMap.newKeySet()).add(messageId);
        if (now == Mode.CRASH_AFTER_ACCEPTING) {
            throw new IllegalStateException("test provider: the instance died after the provider accepted");
        }
    }

    void switchTo(Mode newMode) {
        mode.set(newMode);
    }

    /** How many times the message was handed over, retries of the same message included. */
    int deliveriesOf(String messageId) {
        AtomicInteger count = deliveries.get(messageId);
        return count == null ? 0 : count.get();
    }

    /** The distinct messages handed over for the phone: what it shows after the provider dropped repeats. */
    Set<String> messageIdsTo(String phoneE164) {
        return Set.copyOf(messageIdsByPhone.getOrDefault(phoneE164, Set.of()));
    }
}
