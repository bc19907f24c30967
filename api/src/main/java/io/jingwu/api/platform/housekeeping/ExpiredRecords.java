package io.jingwu.api.platform.housekeeping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is deleted and when. Every instance may run it at the same time: deleting is idempotent, and the
 * batches are small so that no purge holds locks that citizens' requests wait for.
 */
@ApplicationScoped
public class ExpiredRecords {

    /** The platform's own: rows with an expiry or a creation time, deleted a retention after it. */
    private static final List<KeptForAWhile.Purge> PURGES = purges();

    @Inject
    BatchDelete batches;

    /** What the components keep for a while of their own (repeat detection's fingerprints, say). */
    @Inject
    @Any
    Instance<KeptForAWhile> components;

    /** Clients retry within minutes or hours: a day covers it. What has an expiry is kept this long past it. */
    @Inject
    @ConfigProperty(name = "jingwu.housekeeping.retention", defaultValue = "P1D")
    Duration retention;

    /** Deletes, table by table, what expired more than the retention before {@code now}; the counts per table. */
    public Map<String, Integer> purge(Instant now) {
        Instant before = now.minus(retention);
        List<KeptForAWhile.Purge> all = new ArrayList<>(PURGES);
        components.forEach(component -> all.addAll(component.purges()));
        Map<String, Integer> deleted = new LinkedHashMap<>();
        all.forEach(purge -> deleted.put(purge.name(), purge(purge.statement(), before.minus(purge.kept()))));
        return deleted;
    }

    private int purge(String statement, Instant before) {
        int total = 0;
        int batch;
        do {
            batch = batches.delete(statement, before);
            total += batch;
        } while (batch == BatchDelete.SIZE);
        return total;
    }

    private static List<KeptForAWhile.Purge> purges() {
        return List.of(
                expiring("idempotency_keys", "created_at < ?1"),
                // a counter past its expiry counts nothing, whatever the length of its limit's window
                expiring("rate_limit_counters", "expires_at < ?1"),
                // a verification whose code was never confirmed: its personal data serves nothing any more
                expiring("identity_verifications", "status = 'AWAITING_CODE' AND created_at < ?1"),
                expiring("access_codes", "expires_at < ?1"),
                expiring("citizen_tokens", "expires_at < ?1"));
    }

    private static KeptForAWhile.Purge expiring(String table, String condition) {
        return new KeptForAWhile.Purge(table, "DELETE FROM " + table + " WHERE " + condition + " LIMIT "
                + BatchDelete.SIZE, Duration.ZERO);
    }
}
