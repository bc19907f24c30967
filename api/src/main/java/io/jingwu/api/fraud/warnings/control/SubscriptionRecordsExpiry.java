package io.jingwu.api.fraud.warnings.control;

import io.jingwu.api.platform.housekeeping.BatchDelete;
import io.jingwu.api.platform.housekeeping.KeptForAWhile;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;

/**
 * A phone is kept only while it follows a district: a subscription its code never confirmed, or one that ended, holds
 * a phone that serves nothing any more (a genuine link of an ended subscription is answered alike without it). Codes
 * go once expired. All of them a housekeeping retention after.
 */
@ApplicationScoped
public class SubscriptionRecordsExpiry implements KeptForAWhile {

    @Override
    public List<Purge> purges() {
        return List.of(
                purge("fraud_subscription_codes", "fraud_subscription_codes", "expires_at < ?1"),
                purge("fraud_subscriptions PENDING", "fraud_subscriptions", "status = 'PENDING' AND created_at < ?1"),
                purge("fraud_subscriptions UNSUBSCRIBED", "fraud_subscriptions",
                        "status = 'UNSUBSCRIBED' AND unsubscribed_at < ?1"));
    }

    private static Purge purge(String name, String table, String condition) {
        return new Purge(name, "DELETE FROM " + table + " WHERE " + condition + " LIMIT " + BatchDelete.SIZE,
                Duration.ZERO);
    }
}
